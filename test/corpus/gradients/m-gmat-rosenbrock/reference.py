import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from _corpus import run, vec, sp

EXT = 'm'
x1, x2 = vec('x', 2, 1)
VARIABLES = [('x(1)', x1), ('x(2)', x2)]
PARAMS = [('x', 2)]
OBJECTIVE = (1 - x1)**2 + 100 * (x2 - x1**2)**2
PUBLISHED = {'x(1)': -2 * (1 - x1) - 200 * (x2 - x1**2) * 2 * x1, 'x(2)': 200 * (x2 - x1**2)}
POINTS = [[-1.2, 1.0], [0.8, 0.2], [-0.3, -1.1]]
BUGS = {
    'bug1': dict(variable='x(1)', old='g = [  -2*(1 - x(1)) - 200*(x(2) - x(1)^2)*2*x(1)', new='g = [  -2*(1 - x(1)) - 200*(x(2) - x(1)^2)*x(1)',
                 description='chain-rule factor 2 of d(x(1)^2) dropped',
                 expr=-2 * (1 - x1) - 200 * (x2 - x1**2) * x1),
    'bug2': dict(variable='x(2)', old='        200*(x(2) - x(1)^2)];', new='        200*(x(2) - x(1)^2)*x(2)];',
                 description='spurious factor x(2) in the second row',
                 expr=200 * (x2 - x1**2) * x2),
}
run(globals())
