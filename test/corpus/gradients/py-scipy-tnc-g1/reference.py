import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from _corpus import run, vec, sp

EXT = 'py'
x0, x1 = vec('x', 2)
a = sp.Symbol('a')
VARIABLES = [('x[0]', x0), ('x[1]', x1)]
PARAMS = [('x', 2)]
DATA = {a: 100.0}            # the default a=100.0 of f1 and g1
DATA_JSON = {'a': 100.0}
OBJECTIVE = a * (x1 - x0**2)**2 + (1 - x0)**2
d1 = 2 * a * (x1 - x0**2)    # dif[1], reused by dif[0]
PUBLISHED = {'x[0]': -2 * (x0 * (d1 - 1) + 1), 'x[1]': d1}
POINTS = [[-2, 1], [0.5, -0.3], [1.3, 2.2]]
BUGS = {
    'bug1': dict(variable='x[0]', old='(dif[1] - 1.0) + 1.0)', new='(dif[1] + 1.0) + 1.0)',
                 description='sign flipped inside the chain-rule term of dif[0]',
                 expr=-2 * (x0 * (d1 + 1) + 1)),
    'bug2': dict(variable='x[0]', old='dif[0] = -2.0 * (', new='dif[0] = -(',
                 description='dropped factor 2 of the squared terms in dif[0]',
                 expr=-(x0 * (d1 - 1) + 1)),
}
run(globals())
