import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from _corpus import run, vec, sp

x1, x2 = vec("x", 2, 1)
VARIABLES = [("x(1)", x1), ("x(2)", x2)]
PARAMS = [("x", 2)]
EXT = "m"
a, b = sp.symbols('a b')
DATA = {a: 2, b: 0}
DATA_JSON = {'a': 2, 'b': 0}
OBJECTIVE = (a*x1 + b)**3 - x2
PUBLISHED = {'x(1)': 3*a*(a*x1 + b)**2, 'x(2)': sp.Integer(-1)}
POINTS = [[1.234, 5.678], [-0.4, 1.0], [0.8, -2.0]]
BUGS = {
    'bug1': dict(variable='x(1)', old='gradient = [3*a*(a*x(1) + b)^2, -1];', new='gradient = [3*a*(a*x(1) + b)^3, -1];',
                 description='power not lowered: ^3 kept in the derivative',
                 expr=3*a*(a*x1 + b)**3),
    'bug2': dict(variable='x(1)', old='gradient = [3*a*(a*x(1) + b)^2, -1];', new='gradient = [3*(a*x(1) + b)^2, -1];',
                 description='missing chain-rule factor a',
                 expr=3*(a*x1 + b)**2),
}
run(globals())
