import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from _corpus import run, vec, sp

EXT = 'py'
x0, x1, x2, x3 = vec('x', 4)
VARIABLES = [('x[0]', x0), ('x[1]', x1), ('x[2]', x2), ('x[3]', x3)]
PARAMS = [('x', 4)]
S = sp.Rational(1, 100000)
OBJECTIVE = (100 * (x1 - x0**2)**2 + (1 - x0)**2 + 90 * (x3 - x2**2)**2 + (1 - x2)**2
             + sp.Rational(101, 10) * ((x1 - 1)**2 + (x3 - 1)**2)
             + sp.Rational(198, 10) * (x1 - 1) * (x3 - 1)) * S
PUBLISHED = {
    'x[0]': (-400 * x0 * (x1 - x0**2) - 2 * (1 - x0)) * S,
    'x[1]': (200 * (x1 - x0**2) + sp.Rational(202, 10) * (x1 - 1) + sp.Rational(198, 10) * (x3 - 1)) * S,
    'x[2]': (-360 * x2 * (x3 - x2**2) - 2 * (1 - x2)) * S,
    'x[3]': (180 * (x3 - x2**2) + sp.Rational(202, 10) * (x3 - 1) + sp.Rational(198, 10) * (x1 - 1)) * S,
}
POINTS = [[-3, -1, -3, -1], [0.5, 1.5, -0.7, 2.0], [1.2, 0.3, 2.1, -1.4]]
BUGS = {
    'bug1': dict(variable='x[2]', old='(- 360.0 * x[2] * (x[3] - pow(x[2], 2))',
                 new='(- 360.0 * x[3] * (x[3] - pow(x[2], 2))', marker='dif[2] =',
                 description='wrong index: x[3] instead of x[2] as the chain-rule factor of dif[2]',
                 expr=(-360 * x3 * (x3 - x2**2) - 2 * (1 - x2)) * S),
    'bug2': dict(variable='x[3]', old='19.8 * (x[1] - 1.0)) * 1.0e-5', new='19.8 * (x[3] - 1.0)) * 1.0e-5',
                 marker='dif[3] =',
                 description='wrong index in the cross term of dif[3]: (x[3] - 1) instead of (x[1] - 1)',
                 expr=(180 * (x3 - x2**2) + sp.Rational(202, 10) * (x3 - 1) + sp.Rational(198, 10) * (x3 - 1)) * S),
}
run(globals())
