import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from _corpus import run, vec, sp

EXT = 'js'
N = 3                                   # three sets: six coordinates
xs = vec('x', 2 * N)
VARIABLES = [(f'x[{k}]', s) for k, s in enumerate(xs)]
PARAMS = [('x', 2 * N)]
D = [[0, 1.0, 1.5], [1.0, 0, 0.8], [1.5, 0.8, 0]]   # distances (already normalised), all constraints 0
DATA_JSON = {'distances': D, 'constraints': [[0, 0, 0], [0, 0, 0], [0, 0, 0]]}
P = [(xs[2 * i], xs[2 * i + 1]) for i in range(N)]
pairs = [(i, j) for i in range(N) for j in range(i + 1, N)]
delta = {(i, j): (P[j][0] - P[i][0])**2 + (P[j][1] - P[i][1])**2 - D[i][j]**2 for i, j in pairs}
OBJECTIVE = sum(2 * delta[p]**2 for p in pairs)          # loss += 2 * delta * delta


def grad(fx_i=lambda d, xi, xj: 4 * d * (xi - xj), fy_j=lambda d, yi, yj, xi: 4 * d * (yj - yi)):
    """The published loop, component by component; the keyword hooks let a bug replace one statement."""
    g = [0] * (2 * N)
    for i, j in pairs:
        d = delta[(i, j)]
        (xi, yi), (xj, yj) = P[i], P[j]
        g[2 * i] += fx_i(d, xi, xj)
        g[2 * i + 1] += 4 * d * (yi - yj)
        g[2 * j] += 4 * d * (xj - xi)
        g[2 * j + 1] += fy_j(d, yi, yj, xi)
    return {f'x[{k}]': g[k] for k in range(2 * N)}


# The published gradient is half the derivative of the loss it returns: d(2 delta^2) = 4 delta d(delta)
# and d(delta)/dxi = 2 (xi - xj), so each term should be 8 * delta * (xi - xj).
EXPECT_ORIGINAL_WRONG = True
PUBLISHED = grad()
POINTS = [[0.1, 0.2, 0.9, 0.4, 0.3, 1.6], [0.5, -0.2, -0.4, 0.7, 1.1, 0.3], [0.0, 0.0, 1.3, 0.1, 0.6, -0.9]]
B1 = grad(fx_i=lambda d, xi, xj: 4 * d * (xj - xi))
B2 = grad(fy_j=lambda d, yi, yj, xi: 4 * d * (yj - xi))
BUGS = {
    'bug1': dict(variable='x[0]', old='fxprime[2*i]     += 4 * delta * (xi - xj);', new='fxprime[2*i]     += 4 * delta * (xj - xi);',
                 description='sign of the first x update flipped (the loop statement feeds x[0] and x[2])',
                 expr=B1['x[0]'], exprs=B1),
    'bug2': dict(variable='x[3]', old='fxprime[2*j + 1] += 4 * delta * (yj - yi);', new='fxprime[2*j + 1] += 4 * delta * (yj - xi);',
                 description='xi typed for yi in the last y update (feeds x[3] and x[5])',
                 expr=B2['x[3]'], exprs=B2),
}
run(globals())
