import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from _corpus import run, vec, sp

EXT = 'py'
x0, x1 = vec('x', 2)
a, b = sp.symbols('a b')
VARIABLES = [('x[0]', x0), ('x[1]', x1)]
PARAMS = [('x', 2)]
DATA = {a: 2, b: 0}          # the first constraint: lambda x,grad: myconstraint(x,grad,2,0)
DATA_JSON = {'a': 2, 'b': 0}
OBJECTIVE = (a*x0 + b)**3 - x1
PUBLISHED = {'x[0]': 3 * a * (a*x0 + b)**2, 'x[1]': -1}
POINTS = [[1.234, 5.678], [-0.6, 0.4], [0.35, 2.0]]
BUGS = {
    'bug1': dict(variable='x[0]', old='grad[0] = 3 * a * (a*x[0] + b)**2', new='grad[0] = 3 * (a*x[0] + b)**2',
                 description='missing chain-rule factor a (inner derivative of a*x[0] + b)',
                 expr=3 * (a*x0 + b)**2),
    'bug2': dict(variable='x[1]', old='grad[1] = -1.0', new='grad[1] = 1.0',
                 description='sign of d(-x[1])/dx[1] flipped',
                 expr=sp.Integer(1)),
}
run(globals())
