import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from _corpus import run, vec, sp

EXT = 'c'
x0, x1 = vec('x', 2)
a, b = sp.symbols('a b')
VARIABLES = [('x[0]', x0), ('x[1]', x1)]
PARAMS = [('x', 2)]
DATA = {a: -1, b: 1}        # data[1] = {-1, 1}: the second constraint
DATA_JSON = {'a': -1, 'b': 1}
OBJECTIVE = (a*x0 + b)**3 - x1
PUBLISHED = {'x[0]': 3 * a * (a*x0 + b)**2, 'x[1]': sp.Integer(-1)}
POINTS = [[1.234, 5.678], [0.2, 0.7], [-1.6, 3.0]]
BUGS = {
    'bug1': dict(variable='x[0]', old='grad[0] = 3 * a * (a*x[0] + b) * (a*x[0] + b);', new='grad[0] = 3 * a * (a*x[0] + b);',
                 description='one factor of the square dropped',
                 expr=3 * a * (a*x0 + b)),
    'bug2': dict(variable='x[0]', old='grad[0] = 3 * a * (a*x[0] + b) * (a*x[0] + b);', new='grad[0] = 3 * a * (a*x[0] - b) * (a*x[0] + b);',
                 description='sign slip in one copy of (a*x[0] + b)',
                 expr=3 * a * (a*x0 - b) * (a*x0 + b)),
}
run(globals())
