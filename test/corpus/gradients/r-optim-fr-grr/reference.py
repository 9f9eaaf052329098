import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from _corpus import run, vec, sp

x1, x2 = vec("x", 2, 1)
VARIABLES = [("x[1]", x1), ("x[2]", x2)]
PARAMS = [("x", 2)]
EXT = "R"
OBJECTIVE = 100 * (x2 - x1 * x1)**2 + (1 - x1)**2
PUBLISHED = {'x[1]': -400 * x1 * (x2 - x1 * x1) - 2 * (1 - x1), 'x[2]': 200 * (x2 - x1 * x1)}
POINTS = [[-1.2, 1.0], [0.4, -0.6], [1.8, 2.5]]
BUGS = {
    'bug1': dict(variable='x[1]', old='c(-400 * x1 * (x2 - x1 * x1) - 2 * (1 - x1),', new='c(-400 * x2 * (x2 - x1 * x1) - 2 * (1 - x1),',
                 description='wrong variable in the chain-rule factor: x2 instead of x1',
                 expr=-400 * x2 * (x2 - x1 * x1) - 2 * (1 - x1)),
    'bug2': dict(variable='x[2]', old='200 *      (x2 - x1 * x1))', new='100 *      (x2 - x1 * x1))',
                 description='dropped factor 2 of the square (100 instead of 200)',
                 expr=100 * (x2 - x1 * x1)),
}
run(globals())
