import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from _corpus import run, vec, sp

x0, x1 = vec("x", 2)
VARIABLES = [("x[0]", x0), ("x[1]", x1)]
PARAMS = [("x", 2)]
EXT = "c"
PI2 = sp.Float('6.283185307179586', 30)   # the file's rounded constants, as written
PI4 = sp.Float('12.5663706143592', 30)
A = 1 - 2 * x1 + sp.Rational(5, 100) * sp.sin(PI4 * x1) - x0
B = x1 - sp.Rational(1, 2) * sp.sin(PI2 * x0)
OBJECTIVE = A**2 + B**2
PUBLISHED = {'x[0]': -2 * A - sp.cos(PI2 * x0) * PI2 * B,
             'x[1]': 2 * A * (sp.Rational(5, 100) * PI4 * sp.cos(PI4 * x1) - 2) + 2 * B}
POINTS = [[0.3, 0.6], [-2.5, 1.7], [4.1, -3.3]]
BUGS = {
    'bug1': dict(variable='x[0]', old='grad[0] = -2 * a - cos(PI2 * x[0]) * PI2 * b;', new='grad[0] = -2 * a - cos(PI2 * x[0]) * b;',
                 description='missing chain-rule factor PI2 of sin(PI2 * x[0])',
                 expr=-2 * A - sp.cos(PI2 * x0) * B),
    'bug2': dict(variable='x[1]', old='(0.05 * PI4 * cos(PI4 * x[1]) - 2) + 2 * b;', new='(0.05 * PI4 * cos(PI4 * x[1]) + 2) + 2 * b;',
                 description='sign of d(-2 x[1]) flipped inside the chain rule of a',
                 expr=2 * A * (sp.Rational(5, 100) * PI4 * sp.cos(PI4 * x1) + 2) + 2 * B),
}
run(globals())
