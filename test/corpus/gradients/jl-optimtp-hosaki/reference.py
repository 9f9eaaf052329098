import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from _corpus import run, vec, sp

x1, x2 = vec("x", 2, 1)
VARIABLES = [("x[1]", x1), ("x[2]", x2)]
PARAMS = [("x", 2)]
EXT = "jl"
R = sp.Rational
A = 1 - 8 * x1 + 7 * x1**2 - R(7, 3) * x1**3 + R(1, 4) * x1**4
OBJECTIVE = A * x2**2 * sp.exp(-x2)
PUBLISHED = {'x[1]': (x1**3 - 7 * x1**2 + 14 * x1 - 8) * x2**2 * sp.exp(-x2),
             'x[2]': 2 * A * x2 * sp.exp(-x2) - A * x2**2 * sp.exp(-x2)}
POINTS = [[3.6, 1.9], [1.2, 0.7], [-0.8, 2.6]]
BUGS = {
    'bug1': dict(variable='x[1]', old='14.0 * x[1] - 8)*', new='14.0 * x[1] + 8)*',
                 description='sign of the constant term of dA/dx[1] flipped',
                 expr=(x1**3 - 7 * x1**2 + 14 * x1 + 8) * x2**2 * sp.exp(-x2)),
    'bug2': dict(variable='x[2]', old='* x[1]^4) * x[2] * exp(-x[2]) - (', new='* x[1]^4) * x[2] * exp(-x[2]) + (',
                 description='derivative of exp(-x[2]) taken as +exp(-x[2]) (missing chain-rule sign)',
                 expr=2 * A * x2 * sp.exp(-x2) + A * x2**2 * sp.exp(-x2)),
}
run(globals())
