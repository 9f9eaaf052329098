import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from _corpus import run, vec, sp

EXT = 'cpp'
m0, m1 = vec('m', 2)
VARIABLES = [('m(0)', m0), ('m(1)', m1)]
PARAMS = [('m', 2)]
x, y = m0, m1
OBJECTIVE = 100 * (y - x * x)**2 + (1 - x)**2
PUBLISHED = {'m(0)': -400 * x * (y - x * x) - 2 * (1 - x), 'm(1)': 200 * (y - x * x)}
POINTS = [[4.0, 8.0], [-1.2, 1.0], [0.3, -0.7]]
BUGS = {
    'bug1': dict(variable='m(0)', old='res(0) = -400*x*(y-x*x) - 2*(1-x);', new='res(0) = -400*x*(y-x*x) - 2*(1-y);',
                 description='wrong variable in the (1 - x)^2 term: y instead of x',
                 expr=-400 * x * (y - x * x) - 2 * (1 - y)),
    'bug2': dict(variable='m(1)', old='res(1) = 200*(y-x*x);', new='res(1) = 200*(y-x*x)*y;',
                 description='spurious chain-rule factor y',
                 expr=200 * (y - x * x) * y),
}
run(globals())
