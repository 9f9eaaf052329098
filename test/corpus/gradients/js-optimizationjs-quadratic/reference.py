import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from _corpus import run, vec, sp

EXT = 'js'
x0, x1, x2 = vec('x', 3)
VARIABLES = [('x[0]', x0), ('x[1]', x1), ('x[2]', x2)]
PARAMS = [('x', 3)]
OBJECTIVE = (x0 - 1)**2 + (x1 + sp.Rational(1, 2))**2 + (x2 + 2)**2
PUBLISHED = {'x[0]': 2 * (x0 - 1), 'x[1]': 2 * (x1 + sp.Rational(1, 2)), 'x[2]': 2 * (x2 + 2)}
POINTS = [[1.2, 2.0, -3.1], [-0.4, 0.9, 0.3], [2.6, -1.7, -2.4]]
BUGS = {
    'bug1': dict(variable='x[1]', old='2.0*(x[1]+0.5), ', new='2.0*(x[1]-0.5), ',
                 description='sign of the shift flipped (the comment above says the optimum has x[1] = 0.0, a misleading hint)',
                 expr=2 * (x1 - sp.Rational(1, 2))),
    'bug2': dict(variable='x[2]', old='2.0*(x[2]+2.0)]', new='2.0*(x[1]+2.0)]',
                 description='wrong index in the last list entry',
                 expr=2 * (x1 + 2)),
}
run(globals())
