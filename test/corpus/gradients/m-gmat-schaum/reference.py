import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from _corpus import run, vec, sp

EXT = 'm'
x1, x2, x3 = vec('x', 3, 1)
VARIABLES = [('x(1)', x1), ('x(2)', x2), ('x(3)', x3)]
PARAMS = [('x', 3)]
OBJECTIVE = -(x1 * (x2 - 1) + x3 * (x3**2 - 3))
PUBLISHED = {'x(1)': -(x2 - 1), 'x(2)': -x1, 'x(3)': -(x3**2 - 3) - 2 * x3**2}
POINTS = [[0.5, 1.5, 2.0], [-1.0, 0.2, -0.7], [2.3, -1.4, 1.1]]
BUGS = {
    'bug1': dict(variable='x(3)', old='g(3,1) = -(x(3)^2 - 3) - 2*x(3)^2;', new='g(3,1) = -(x(3)^2 - 3);',
                 description='product rule half: the x(3) * d(x(3)^2 - 3) term forgotten',
                 expr=-(x3**2 - 3)),
    'bug2': dict(variable='x(2)', old='g(2,1) = -x(1);', new='g(2,1) = -x(2);',
                 description='wrong index: -x(2) instead of -x(1)',
                 expr=-x2),
}
run(globals())
