import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from _corpus import run, vec, sp

x1, x2 = vec("x", 2, 1)
VARIABLES = [("x[1]", x1), ("x[2]", x2)]
PARAMS = [("x", 2)]
EXT = "jl"
OBJECTIVE = (x1**2 + x2 - 11)**2 + (x1 + x2**2 - 7)**2
PUBLISHED = {'x[1]': 4 * x1**3 + 4 * x1 * x2 - 44 * x1 + 2 * x1 + 2 * x2**2 - 14,
             'x[2]': 2 * x1**2 + 2 * x2 - 22 + 4 * x1 * x2 + 4 * x2**3 - 28 * x2}
POINTS = [[2.0, 2.0], [-1.5, 0.8], [3.3, -2.1]]
BUGS = {
    'bug1': dict(variable='x[1]', old='44.0 * x[1] + 2.0 * x[1] + 2.0 * x[2]^2 - 14.0',
                 new='44.0 * x[1] + 2.0 * x[1] + 2.0 * x[2] - 14.0', marker='storage[1] =',
                 description='x[2]^2 written as x[2] in the continuation line of storage[1]',
                 expr=4 * x1**3 + 4 * x1 * x2 - 44 * x1 + 2 * x1 + 2 * x2 - 14),
    'bug2': dict(variable='x[2]', old='4.0 * x[1] * x[2] + 4.0 * x[2]^3 - 28.0 * x[2]',
                 new='4.0 * x[1] * x[2] + 4.0 * x[2]^3 - 14.0 * x[2]', marker='storage[2] =',
                 description='wrong constant: 14 instead of 28 (2 * 7 * 2x[2] with the 2 of the chain rule dropped)',
                 expr=2 * x1**2 + 2 * x2 - 22 + 4 * x1 * x2 + 4 * x2**3 - 14 * x2),
}
run(globals())
