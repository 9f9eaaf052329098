import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from _corpus import run, vec, sp

EXT = 'R'
p1, p2 = vec('par', 2, 1)
VARIABLES = [('par[1]', p1), ('par[2]', p2)]
PARAMS = [('par', 2)]
x, y = p1, p2
f1 = sp.Rational(3, 2) - x * (1 - y)
f2 = sp.Rational(9, 4) - x * (1 - y**2)
f3 = sp.Rational(21, 8) - x * (1 - y**3)
OBJECTIVE = f1**2 + f2**2 + f3**2
PUBLISHED = {'par[1]': 2 * (y - 1) * f1 + 2 * (y**2 - 1) * f2 + 2 * (y**3 - 1) * f3,
             'par[2]': 2 * x * f1 + 4 * x * y * f2 + 6 * x * y**2 * f3}
POINTS = [[1, 1], [3.2, 0.4], [-0.7, 1.6]]
BUGS = {
    'bug1': dict(variable='par[1]', old='2 * (y - 1) * f1 + 2 * (yy - 1) * f2 + 2 * (yyy - 1) * f3,',
                 new='2 * (y - 1) * f1 + 2 * (yy - 1) * f2 + 2 * (yy - 1) * f3,',
                 description='copy-paste slip: (yy - 1) instead of (yyy - 1) in the f3 term',
                 expr=2 * (y - 1) * f1 + 2 * (y**2 - 1) * f2 + 2 * (y**2 - 1) * f3),
    'bug2': dict(variable='par[2]', old='2 * x * f1 + 4 * x * y * f2 + 6 * x * yy * f3',
                 new='2 * x * f1 + 4 * x * y * f2 + 3 * x * yy * f3',
                 description='dropped factor 2 of the square in the f3 term (3 instead of 6)',
                 expr=2 * x * f1 + 4 * x * y * f2 + 3 * x * y**2 * f3),
}
run(globals())
