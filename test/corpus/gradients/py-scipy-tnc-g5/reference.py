import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from _corpus import run, vec, sp

EXT = 'py'
x0, x1 = vec('x', 2)
VARIABLES = [('x[0]', x0), ('x[1]', x1)]
PARAMS = [('x', 2)]
OBJECTIVE = sp.sin(x0 + x1) + (x0 - x1)**2 - 1.5 * x0 + 2.5 * x1 + 1
v1 = sp.cos(x0 + x1)
v2 = 2 * (x0 - x1)
PUBLISHED = {'x[0]': v1 + v2 - 1.5, 'x[1]': v1 - v2 + 2.5}
POINTS = [[0, 0], [-0.5, 1.2], [2.5, -1.7]]
BUGS = {
    'bug1': dict(variable='x[1]', old='dif[1] = v1 - v2 + 2.5', new='dif[1] = v1 + v2 + 2.5',
                 description='sign of the (x0 - x1)^2 term not flipped for x[1] (inner derivative -1 missed)',
                 expr=v1 + v2 + 2.5),
    'bug2': dict(variable='x[0]', old='dif[0] = v1 + v2 - 1.5', new='dif[0] = v1 + v2 + 1.5',
                 description='wrong sign of the linear coefficient -1.5',
                 expr=v1 + v2 + 1.5),
}
run(globals())
