import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from _corpus import run, vec, sp

x1, x2 = vec("x", 2, 1)
VARIABLES = [("x[1]", x1), ("x[2]", x2)]
PARAMS = [("x", 2)]
EXT = "R"
OBJECTIVE = 100 * (x2 - x1 * x1)**2 + (1 - x1)**2
PUBLISHED = {'x[1]': -400 * x1 * (x2 - x1 * x1) - 2 * (1 - x1), 'x[2]': 200 * (x2 - x1 * x1)}
POINTS = [[-1.2, 1.0], [0.9, 0.3], [-0.5, -1.4]]
BUGS = {
    'bug1': dict(variable='x[1]', old='c(-400*x1*(x2 - x1*x1)-2*(1-x1),', new='c(-400*x1*(x2 - x1*x1)+2*(1-x1),',
                 description='sign of the (1 - x1)^2 term flipped',
                 expr=-400 * x1 * (x2 - x1 * x1) + 2 * (1 - x1)),
    'bug2': dict(variable='x[2]', old=' 200*(x2 - x1*x1))', new=' 200*(x1 - x1*x1))',
                 description='wrong variable: x1 instead of x2 in the second component',
                 expr=200 * (x1 - x1 * x1)),
}
run(globals())
