import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from _corpus import run, vec, sp

X0, X1 = vec("X", 2)
VARIABLES = [("X[0]", X0), ("X[1]", X1)]
PARAMS = [("X", 2)]
EXT = "js"
x, y = X0, X1
OBJECTIVE = (x + 2 * y - 7)**2 + (2 * x + y - 5)**2
PUBLISHED = {'X[0]': 2 * (x + 2 * y - 7) + 4 * (2 * x + y - 5), 'X[1]': 4 * (x + 2 * y - 7) + 2 * (2 * x + y - 5)}
POINTS = [[4.9515014216303825, 0.07301421370357275], [-3.0, 2.5], [1.2, 2.9]]
BUGS = {
    'bug1': dict(variable='X[0]', old='fxprime[0] = 2 * (x + 2 * y - 7) + 4 * (2 * x + y - 5);', new='fxprime[0] = 2 * (x + 2 * y - 7) + 2 * (2 * x + y - 5);',
                 description='missing inner factor 2 of (2x + y - 5) (4 became 2)',
                 expr=2 * (x + 2 * y - 7) + 2 * (2 * x + y - 5)),
    'bug2': dict(variable='X[1]', old='fxprime[1] = 4 * (x + 2 * y - 7) + 2 * (2 * x + y - 5);', new='fxprime[1] = 4 * (x + 2 * y - 7) + 2 * (2 * x - y - 5);',
                 description='sign slip inside the second residual',
                 expr=4 * (x + 2 * y - 7) + 2 * (2 * x - y - 5)),
}
run(globals())
