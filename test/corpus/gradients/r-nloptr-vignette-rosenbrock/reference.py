import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from _corpus import run, vec, sp

x1, x2 = vec("x", 2, 1)
VARIABLES = [("x[1]", x1), ("x[2]", x2)]
PARAMS = [("x", 2)]
EXT = "R"
OBJECTIVE = 100 * (x2 - x1 * x1)**2 + (1 - x1)**2
PUBLISHED = {'x[1]': -400 * x1 * (x2 - x1 * x1) - 2 * (1 - x1), 'x[2]': 200 * (x2 - x1 * x1)}
POINTS = [[-1.2, 1.0], [0.6, 1.3], [-2.0, -0.5]]
BUGS = {
    'bug1': dict(variable='x[1]', old='c(-400 * x[1] * (x[2] - x[1] * x[1]) - 2 * (1 - x[1]),',
                 new='c(-400 * x[1] * (x[2] - x[1] * x[1]) - 2 * (1 - x[2]),',
                 description='wrong index: (1 - x[2]) instead of (1 - x[1])',
                 expr=-400 * x1 * (x2 - x1 * x1) - 2 * (1 - x2)),
    'bug2': dict(variable='x[2]', old='    200 * (x[2] - x[1] * x[1]))', new='    -200 * (x[2] - x[1] * x[1]))',
                 description='sign flipped on the second component',
                 expr=-200 * (x2 - x1 * x1)),
}
run(globals())
