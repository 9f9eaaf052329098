import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from _corpus import run, vec, sp

x1, x2 = vec("x", 2, 1)
VARIABLES = [("x[1]", x1), ("x[2]", x2)]
PARAMS = [("x", 2)]
EXT = "R"
ct = x2 - x1 * x1
OBJECTIVE = 100 * ct**2 + (1 - x1)**2
PUBLISHED = {'x[1]': -400 * x1 * ct - 2 * (1 - x1), 'x[2]': 200 * ct}
POINTS = [[-1.2, 1.0], [0.2, 0.9], [1.4, -0.3]]
BUGS = {
    'bug1': dict(variable='x[1]', old='c(-400 * x[1] * common_term - 2 * (1 - x[1]),', new='c(-400 * common_term - 2 * (1 - x[1]),',
                 description='missing chain-rule factor x[1] of d(x[1]^2)',
                 expr=-400 * ct - 2 * (1 - x1)),
    'bug2': dict(variable='x[2]', old='200 * common_term))', new='200 * common_term ^ 2))',
                 description='derivative of u^2 written as u^2 (power not lowered)',
                 expr=200 * ct**2),
}
run(globals())
