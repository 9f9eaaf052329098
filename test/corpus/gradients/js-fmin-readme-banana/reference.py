import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from _corpus import run, vec, sp

X0, X1 = vec("X", 2)
VARIABLES = [("X[0]", X0), ("X[1]", X1)]
PARAMS = [("X", 2)]
EXT = "js"
x, y = X0, X1
OBJECTIVE = (1 - x)**2 + 100 * (y - x * x)**2
PUBLISHED = {'X[0]': 400 * x**3 - 400 * y * x + 2 * x - 2, 'X[1]': 200 * y - 200 * x * x}
POINTS = [[-1.0, 1.0], [0.4, -0.8], [1.9, 2.7]]
BUGS = {
    'bug1': dict(variable='X[0]', old='fxprime[0] = 400 * x * x * x - 400 * y * x + 2 * x - 2;', new='fxprime[0] = 400 * x * x * x - 400 * y * x + 2 * x + 2;',
                 description='sign slip in the expanded constant term',
                 expr=400 * x**3 - 400 * y * x + 2 * x + 2),
    'bug2': dict(variable='X[1]', old='fxprime[1] = 200 * y - 200 * x * x;', new='fxprime[1] = 200 * y - 200 * x;',
                 description='one factor x dropped in the expanded form',
                 expr=200 * y - 200 * x),
}
run(globals())
