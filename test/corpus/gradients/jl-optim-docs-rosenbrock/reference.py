import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from _corpus import run, vec, sp

x1, x2 = vec("x", 2, 1)
VARIABLES = [("x[1]", x1), ("x[2]", x2)]
PARAMS = [("x", 2)]
EXT = "jl"
OBJECTIVE = (1 - x1)**2 + 100 * (x2 - x1**2)**2
PUBLISHED = {'x[1]': -2 * (1 - x1) - 400 * (x2 - x1**2) * x1, 'x[2]': 200 * (x2 - x1**2)}
POINTS = [[0.0, 0.0], [-1.2, 1.0], [0.7, -0.4]]
BUGS = {
    'bug1': dict(variable='x[1]', old='- 400.0 * (x[2] - x[1]^2) * x[1]', new='- 200.0 * (x[2] - x[1]^2) * x[1]',
                 description='dropped factor 2 of the chain rule (2 * 100 * 2 became 200)',
                 expr=-2 * (1 - x1) - 200 * (x2 - x1**2) * x1),
    'bug2': dict(variable='x[2]', old='G[2] = 200.0 * (x[2] - x[1]^2)', new='G[2] = 200.0 * (x[2] - x[1])',
                 description='dropped square of x[1] in G[2]',
                 expr=200 * (x2 - x1)),
}
run(globals())
