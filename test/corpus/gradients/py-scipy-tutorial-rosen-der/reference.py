import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from _corpus import run, vec, sp

EXT = 'py'
N = 5                         # the tutorial's x0 has five components
xs = vec('x', N)
VARIABLES = [(f'x[{i}]', s) for i, s in enumerate(xs)]
PARAMS = [('x', N)]
OBJECTIVE = sum(100 * (xs[i + 1] - xs[i]**2)**2 + (1 - xs[i])**2 for i in range(N - 1))
PUBLISHED = {'x[0]': -400 * xs[0] * (xs[1] - xs[0]**2) - 2 * (1 - xs[0]),
             f'x[{N - 1}]': 200 * (xs[N - 1] - xs[N - 2]**2)}
for i in range(1, N - 1):     # der[1:-1], slice by slice
    PUBLISHED[f'x[{i}]'] = (200 * (xs[i] - xs[i - 1]**2) - 400 * (xs[i + 1] - xs[i]**2) * xs[i]
                            - 2 * (1 - xs[i]))
POINTS = [[1.3, 0.7, 0.8, 1.9, 1.2], [-0.4, 0.2, 1.1, -0.9, 0.5], [0.9, 1.4, -1.2, 0.3, 2.0]]
BUGS = {
    'bug1': dict(variable='x[0]', old='der[0] = -400*x[0]*(x[1]-x[0]**2) - 2*(1-x[0])',
                 new='der[0] = -400*x[0]*(x[1]-x[0]**2) + 2*(1-x[0])',
                 description='sign of the (1 - x[0])**2 term flipped in der[0]',
                 expr=-400 * xs[0] * (xs[1] - xs[0]**2) + 2 * (1 - xs[0])),
    'bug2': dict(variable='x[4]', old='der[-1] = 200*(x[-1]-x[-2]**2)', new='der[-1] = 200*(x[-1]-x[-2])',
                 description='dropped square of x[-2] in the last component',
                 expr=200 * (xs[4] - xs[3])),
}
run(globals())
