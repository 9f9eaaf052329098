import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from _corpus import run, vec, sp

X0, X1 = vec("X", 2)
VARIABLES = [("X[0]", X0), ("X[1]", X1)]
PARAMS = [("X", 2)]
EXT = "js"
x, y = X0, X1
# The published fprime is the gradient of (x-1)^2 + (2y-x)^2, not of f = (x-1)^2 + 2*(2y-x)^2:
# both components are off (the factor 2 in front of the square is missing).
EXPECT_ORIGINAL_WRONG = True
OBJECTIVE = (x - 1)**2 + 2 * (2 * y - x)**2
PUBLISHED = {'X[0]': 2 * (x - 1) - 2 * (2 * y - x), 'X[1]': 4 * (2 * y - x)}
POINTS = [[3.0, -2.0], [-1.5, 0.7], [0.2, 4.4]]
BUGS = {
    'bug1': dict(variable='X[0]', old='fxprime[0] = 2 * (x - 1) - 2 * (2 * y - x);', new='fxprime[0] = 2 * (x - 1) + 2 * (2 * y - x);',
                 description='inner derivative -1 of (2y - x) lost (on top of the published error)',
                 expr=2 * (x - 1) + 2 * (2 * y - x)),
    'bug2': dict(variable='X[1]', old='fxprime[1] = 4 * (2 * y - x);', new='fxprime[1] = 4 * (2 * y + x);',
                 description='sign slip inside the residual (on top of the published error)',
                 expr=4 * (2 * y + x)),
}
run(globals())
