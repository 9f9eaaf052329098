import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from _corpus import run, vec, sp

EXT = 'jl'
x1, x2, x3, x4 = vec('x', 4, 1)
VARIABLES = [('x[1]', x1), ('x[2]', x2), ('x[3]', x3), ('x[4]', x4)]
PARAMS = [('x', 4)]
OBJECTIVE = (x1 + 10 * x2)**2 + 5 * (x3 - x4)**2 + (x2 - 2 * x3)**4 + 10 * (x1 - x4)**4
PUBLISHED = {
    'x[1]': 2 * (x1 + 10 * x2) + 40 * (x1 - x4)**3,
    'x[2]': 20 * (x1 + 10 * x2) + 4 * (x2 - 2 * x3)**3,
    'x[3]': 10 * (x3 - x4) - 8 * (x2 - 2 * x3)**3,
    'x[4]': -10 * (x3 - x4) - 40 * (x1 - x4)**3,
}
POINTS = [[3.0, -1.0, 0.0, 1.0], [0.5, 0.25, -0.6, 1.3], [-1.1, 0.9, 0.4, -0.2]]
BUGS = {
    'bug1': dict(variable='x[3]', old='storage[3] = 10.0 * (x[3] - x[4]) - 8.0', new='storage[3] = 10.0 * (x[3] - x[4]) - 4.0',
                 description='missing chain-rule factor -2 of (x[2] - 2x[3]) partly: 4 instead of 8',
                 expr=10 * (x3 - x4) - 4 * (x2 - 2 * x3)**3),
    'bug2': dict(variable='x[4]', old='storage[4] = -10.0 * (x[3] - x[4]) - 40.0 * (x[1] - x[4])^3',
                 new='storage[4] = -10.0 * (x[3] - x[4]) + 40.0 * (x[1] - x[4])^3',
                 description='sign of the inner derivative of (x[1] - x[4]) lost',
                 expr=-10 * (x3 - x4) + 40 * (x1 - x4)**3),
}
run(globals())
