import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from _corpus import run, vec, sp

x1, x2 = vec("x", 2, 1)
VARIABLES = [("x(1)", x1), ("x(2)", x2)]
PARAMS = [("x", 2)]
EXT = "m"
OBJECTIVE = (1 - x1)**2 + 100 * (x2 - x1**2)**2
PUBLISHED = {'x(1)': 400 * x1**3 - 2 * x1 * (200 * x2 - 1) - 2, 'x(2)': 200 * (x2 - x1**2)}
POINTS = [[1.2, -1.0], [-0.3, 0.5], [0.75, 1.9]]
BUGS = {
    'bug1': dict(variable='x(1)', old='g(1) = 400*x(1)^3-2*x(1)*(200*x(2)-1)-2;', new='g(1) = 400*x(1)^3-2*x(1)*(200*x(2)+1)-2;',
                 description='sign slip in the expanded form (200*x(2)+1)',
                 expr=400 * x1**3 - 2 * x1 * (200 * x2 + 1) - 2),
    'bug2': dict(variable='x(2)', old='g(2) = 200*(x(2)-x(1)^2);', new='g(2) = 200*(x(1)-x(1)^2);',
                 description='wrong index: x(1) instead of x(2)',
                 expr=200 * (x1 - x1**2)),
}
run(globals())
