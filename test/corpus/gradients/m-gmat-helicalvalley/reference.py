import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from _corpus import run, vec, sp

EXT = 'm'
x1, x2, x3 = vec('x', 3, 1)
VARIABLES = [('x(1)', x1), ('x(2)', x2), ('x(3)', x3)]
PARAMS = [('x', 3)]
theta = 0                      # every point has x(1) >= 0, the first branch
fv = [10 * (x3 - 5 / sp.pi * sp.atan(x2 / x1) - theta), 10 * (sp.sqrt(x1**2 + x2**2) - 1), x3]
OBJECTIVE = sum(v**2 for v in fv)
r = sp.sqrt(x1**2 + x2**2)
d1 = [50 / sp.pi / (1 + x2 / x1) * x2 / x1**2, 10 / r * x1, 0]    # as published: 1 + x2/x1, not 1 + (x2/x1)^2
d2 = [-50 / sp.pi / (1 + x2 / x1) / x1, 10 / r * x2, 0]
d3 = [10, 0, 1]
# EXPECT_ORIGINAL_WRONG: d atan(u)/du = 1/(1 + u^2); the file writes 1/(1 + u), so g(1) and g(2) are wrong.
EXPECT_ORIGINAL_WRONG = True
PUBLISHED = {'x(1)': 2 * sum(f_ * d for f_, d in zip(fv, d1)), 'x(2)': 2 * sum(f_ * d for f_, d in zip(fv, d2)),
             'x(3)': 2 * sum(f_ * d for f_, d in zip(fv, d3))}
POINTS = [[1.0, 0.5, 0.3], [0.4, -1.2, 1.7], [2.2, 0.9, -0.6]]
BUGS = {
    'bug1': dict(variable='x(3)', old='dfvdx3 = [10 0 1];', new='dfvdx3 = [10 0 0];',
                 description='d x(3)/d x(3) of the third residual forgotten (changes g(3) only)',
                 expr=2 * (fv[0] * 10)),
    'bug2': dict(variable='x(3)', old='dfvdx3 = [10 0 1];', new='dfvdx3 = [-10 0 1];',
                 description='sign of d fv(1)/d x(3) flipped (changes g(3) only)',
                 expr=2 * (fv[0] * -10 + fv[2] * 1)),
}
run(globals())
