import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from _corpus import run, vec, sp

x1, x2 = vec("x", 2, 1)
VARIABLES = [("x[1]", x1), ("x[2]", x2)]
PARAMS = [("x", 2)]
EXT = "jl"
OBJECTIVE = (1 - x1)**2 + 100 * (x2 - x1**2)**2
PUBLISHED = {'x[1]': (-2) * (1 - x1) - (4 * 100) * (x2 - x1**2) * x1, 'x[2]': (2 * 100) * (x2 - x1**2)}
POINTS = [[0.0, 0.0], [-1.2, 1.0], [1.5, 0.4]]
BUGS = {
    'bug1': dict(variable='x[1]', old='- (4 * c) * (x[2] - x[1]^2) * x[1]', new='- (4 * c) * (x[2] - x[1]^2)',
                 description='missing chain-rule factor x[1] (from d(x[1]^2) = 2x[1])',
                 expr=(-2) * (1 - x1) - 400 * (x2 - x1**2)),
    'bug2': dict(variable='x[2]', old='storage[2] = (2 * c) * (x[2] - x[1]^2)', new='storage[2] = (2 * c) * (x[2] + x[1]^2)',
                 description='sign slip inside the residual of storage[2]',
                 expr=200 * (x2 + x1**2)),
}
run(globals())
