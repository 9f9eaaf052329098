import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from _corpus import run, vec, sp

x1, x2 = vec("x", 2, 1)
VARIABLES = [("x[1]", x1), ("x[2]", x2)]
PARAMS = [("x", 2)]
EXT = "jl"
OBJECTIVE = sp.exp((2 - x1)**2) + sp.exp((3 - x2)**2)
PUBLISHED = {'x[1]': -2 * (2 - x1) * sp.exp((2 - x1)**2), 'x[2]': -2 * (3 - x2) * sp.exp((3 - x2)**2)}
POINTS = [[0.0, 0.0], [1.1, 2.4], [2.6, 3.5]]
BUGS = {
    'bug1': dict(variable='x[1]', old='storage[1] = -2.0 * (2.0 - x[1])', new='storage[1] = 2.0 * (2.0 - x[1])',
                 description='missing chain-rule sign of d(2 - x[1])/dx[1]',
                 expr=2 * (2 - x1) * sp.exp((2 - x1)**2)),
    'bug2': dict(variable='x[2]', old='-2.0 * (3.0 - x[2]) * exp((3.0 - x[2])^2)', new='-2.0 * (3.0 - x[2]) * exp((2.0 - x[2])^2)',
                 description='wrong constant inside the exponential of storage[2] (copy-paste from storage[1])',
                 expr=-2 * (3 - x2) * sp.exp((2 - x2)**2)),
}
run(globals())
