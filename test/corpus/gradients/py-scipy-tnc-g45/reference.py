import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from _corpus import run, vec, sp

EXT = 'py'
xs = vec('x', 5)
VARIABLES = [(f'x[{i}]', s) for i, s in enumerate(xs)]
PARAMS = [('x', 5)]
x0, x1, x2, x3, x4 = xs
OBJECTIVE = 2 - x0 * x1 * x2 * x3 * x4 / 120
PUBLISHED = {
    'x[0]': -x1 * x2 * x3 * x4 / 120, 'x[1]': -x0 * x2 * x3 * x4 / 120, 'x[2]': -x0 * x1 * x3 * x4 / 120,
    'x[3]': -x0 * x1 * x2 * x4 / 120, 'x[4]': -x0 * x1 * x2 * x3 / 120,
}
POINTS = [[2, 2, 2, 2, 2], [0.5, 1.5, 2.5, 3.5, 4.5], [0.9, 0.4, 1.1, 3.9, 2.2]]
BUGS = {
    'bug1': dict(variable='x[2]', old='dif[2] = - x[0] * x[1] * x[3] * x[4]', new='dif[2] = - x[0] * x[1] * x[2] * x[4]',
                 description='copy-paste index slip: x[2] kept and x[3] dropped in dif[2]',
                 expr=-x0 * x1 * x2 * x4 / 120),
    'bug2': dict(variable='x[4]', old='dif[4] = - x[0]', new='dif[4] = x[0]',
                 description='lost minus sign in dif[4]',
                 expr=x0 * x1 * x2 * x3 / 120),
}
run(globals())
