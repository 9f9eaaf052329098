import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from _corpus import run, vec, sp

x0, x1 = vec("x", 2)
VARIABLES = [("x[0]", x0), ("x[1]", x1)]
PARAMS = [("x", 2)]
EXT = "c"
A = x1 - x0 * x0
B = 1 - x0
OBJECTIVE = 100 * A**2 + B**2
PUBLISHED = {'x[0]': -400 * A * x0 - 2 * B, 'x[1]': 200 * A}
POINTS = [[-1.2, 1.0], [0.5, -1.5], [1.7, 1.9]]
BUGS = {
    'bug1': dict(variable='x[0]', old='grad[0] = -400 * a * x[0] - 2 * b;', new='grad[0] = -400 * a * x[0] + 2 * b;',
                 description='sign of d(b^2)/dx[0] wrong: b = 1 - x[0] has inner derivative -1',
                 expr=-400 * A * x0 + 2 * B),
    'bug2': dict(variable='x[1]', old='grad[1] = 200 * a;', new='grad[1] = 100 * a;',
                 description='dropped factor 2 of d(100 a^2)',
                 expr=100 * A),
}
run(globals())
