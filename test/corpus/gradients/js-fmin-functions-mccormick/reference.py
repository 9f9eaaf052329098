import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from _corpus import run, vec, sp

X0, X1 = vec("X", 2)
VARIABLES = [("X[0]", X0), ("X[1]", X1)]
PARAMS = [("X", 2)]
EXT = "js"
x, y = X0, X1
# mccormick.fprime is a verbatim copy of flower.fprime (the object above): wrong for McCormick.
EXPECT_ORIGINAL_WRONG = True
OBJECTIVE = sp.sin(x + y) + (x - y)**2 - sp.Rational(3, 2) * x + sp.Rational(5, 2) * y + 3
PUBLISHED = {'X[0]': sp.sin(y) + sp.cos(x) * y + 2 * x, 'X[1]': sp.sin(x) + sp.cos(y) * x + 2 * y}
POINTS = [[-1.0, 2.0], [0.5, -1.3], [2.2, 0.4]]
BUGS = {
    'bug1': dict(variable='X[0]', old='fxprime[0] = Math.sin(y) + Math.cos(x) * y + 2 * x;',
                 new='fxprime[0] = Math.sin(y) + Math.cos(x) * y - 2 * x;', last=True,
                 description='sign of the 2x term flipped in mccormick.fprime (on top of the published error)',
                 expr=sp.sin(y) + sp.cos(x) * y - 2 * x),
    'bug2': dict(variable='X[1]', old='fxprime[1] = Math.sin(x) + Math.cos(y) * x + 2 * y;',
                 new='fxprime[1] = Math.sin(x) + Math.cos(y) * x + y;', last=True,
                 description='dropped factor 2 in mccormick.fprime (on top of the published error)',
                 expr=sp.sin(x) + sp.cos(y) * x + y),
}
run(globals())
