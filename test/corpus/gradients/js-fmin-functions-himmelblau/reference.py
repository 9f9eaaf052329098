import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from _corpus import run, vec, sp

X0, X1 = vec("X", 2)
VARIABLES = [("X[0]", X0), ("X[1]", X1)]
PARAMS = [("X", 2)]
EXT = "js"
x, y = X0, X1
OBJECTIVE = (x * x + y - 11)**2 + (x + y * y - 7)**2
PUBLISHED = {'X[0]': 4 * (x * x + y - 11) * x + 2 * (x + y * y - 7), 'X[1]': 2 * (x * x + y - 11) + 4 * (x + y * y - 7) * y}
POINTS = [[-0.15, 0.67], [2.5, -1.2], [-3.1, 2.8]]
BUGS = {
    'bug1': dict(variable='X[0]', old='fxprime[0] = 4 * (x * x + y - 11) * x + 2 * (x + y * y - 7);', new='fxprime[0] = 4 * (x * x + y - 11) * x + 2 * (x + y * y - 7) * y;',
                 description='chain-rule factor of the other component (y) copied into fxprime[0]',
                 expr=4 * (x * x + y - 11) * x + 2 * (x + y * y - 7) * y),
    'bug2': dict(variable='X[1]', old='fxprime[1] = 2 * (x * x + y - 11) + 4 * (x + y * y - 7) * y;', new='fxprime[1] = 2 * (x * x + y - 11) + 4 * (x + y * y - 7);',
                 description='missing chain-rule factor y of d(y^2)',
                 expr=2 * (x * x + y - 11) + 4 * (x + y * y - 7)),
}
run(globals())
