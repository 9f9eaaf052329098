import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from _corpus import run, vec, sp

EXT = 'py'
d0, d1 = vec('d', 2)
sign = sp.Symbol('sign')
VARIABLES = [('d[0]', d0), ('d[1]', d1)]
PARAMS = [('d', 2)]
DATA = {sign: -1.0}          # args=(-1.0, ) of the minimize call
DATA_JSON = {'sign': -1.0}
x, y = d0, d1
OBJECTIVE = sign * (2*x*y + 2*x - x**2 - 2*y**2)
PUBLISHED = {'d[0]': sign * (-2*x + 2*y + 2), 'd[1]': sign * (2*x - 4*y)}
POINTS = [[-1.0, 1.0], [0.3, -2.2], [2.5, 1.7]]
BUGS = {
    'bug1': dict(variable='d[1]', old='dfdy = sign*(2*x - 4*y)', new='dfdy = sign*(2*x - 2*y)',
                 description='dropped factor 2 from d(2*y**2)/dy',
                 expr=sign * (2*x - 2*y)),
    'bug2': dict(variable='d[0]', old='dfdx = sign*(-2*x + 2*y + 2)', new='dfdx = (-2*x + 2*y + 2)',
                 description='the sign argument forgotten in dfdx',
                 expr=(-2*x + 2*y + 2)),
}
run(globals())
