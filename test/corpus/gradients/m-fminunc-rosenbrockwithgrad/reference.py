import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from _corpus import run, vec, sp

x1, x2 = vec("x", 2, 1)
VARIABLES = [("x(1)", x1), ("x(2)", x2)]
PARAMS = [("x", 2)]
EXT = "m"
OBJECTIVE = 100 * (x2 - x1**2)**2 + (1 - x1)**2
PUBLISHED = {'x(1)': -400 * (x2 - x1**2) * x1 - 2 * (1 - x1), 'x(2)': 200 * (x2 - x1**2)}
POINTS = [[-1.0, 2.0], [0.3, 0.1], [1.6, 2.2]]
BUGS = {
    'bug1': dict(variable='x(1)', old='g = [-400*(x(2) - x(1)^2)*x(1) - 2*(1 - x(1));', new='g = [-400*(x(2) - x(1)^2)*x(1) - (1 - x(1));',
                 description='dropped factor 2 of d(1 - x(1))^2',
                 expr=-400 * (x2 - x1**2) * x1 - (1 - x1)),
    'bug2': dict(variable='x(2)', old='      200*(x(2) - x(1)^2)];', new='      200*(x(2) - x(1)^2)^2];',
                 description='power not lowered in the second row',
                 expr=200 * (x2 - x1**2)**2),
}
run(globals())
