import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from _corpus import run, vec, sp

EXT = 'cpp'
x0, x1 = vec('x', 2)
a, b = sp.symbols('a b')
VARIABLES = [('x[0]', x0), ('x[1]', x1)]
PARAMS = [('x', 2)]
DATA = {a: 2, b: 0}            # data[0] = {2, 0}: the first add_inequality_constraint
DATA_JSON = {'a': 2, 'b': 0}
OBJECTIVE = (a*x0 + b)**3 - x1
PUBLISHED = {'x[0]': 3 * a * (a*x0 + b)**2, 'x[1]': sp.Integer(-1)}
POINTS = [[1.234, 5.678], [-0.45, 0.3], [0.6, -1.1]]
BUGS = {
    'bug1': dict(variable='x[0]', old='grad[0] = 3 * a * (a*x[0] + b) * (a*x[0] + b);', new='grad[0] = 3 * (a*x[0] + b) * (a*x[0] + b);',
                 description='missing chain-rule factor a',
                 expr=3 * (a*x0 + b)**2),
    'bug2': dict(variable='x[1]', old='grad[1] = -1.0;', new='grad[1] = 1.0;',
                 description='sign of d(-x[1]) flipped',
                 expr=sp.Integer(1)),
}
run(globals())
