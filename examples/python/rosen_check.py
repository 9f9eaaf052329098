"""Minimize the Rosenbrock valley with BFGS and a hand-written gradient, and check a second one.

rosen and rosen_der follow SciPy's optimization tutorial, written out for two variables. rosen_der
has a sign error in its second component (x[1] + x[0]**2 where the derivative has x[1] - x[0]**2):
BFGS still runs, just badly. Derivative Inspector pairs rosen_der with rosen through the minimize
call and warns on that line; booth_grad, paired through check_grad, is correct.
"""
import numpy as np
from scipy.optimize import check_grad, minimize


def rosen(x):
    """The Rosenbrock function, minimum 0 at (1, 1)."""
    return 100.0 * (x[1] - x[0]**2)**2 + (1.0 - x[0])**2


def rosen_der(x):
    """The gradient of rosen, written by hand."""
    dx0 = -400.0 * x[0] * (x[1] - x[0]**2) - 2.0 * (1.0 - x[0])
    dx1 = 200.0 * (x[1] + x[0]**2)
    return np.array([dx0, dx1])


def booth(p):
    """Booth's function, minimum 0 at (1, 3)."""
    return (p[0] + 2*p[1] - 7)**2 + (2*p[0] + p[1] - 5)**2


def booth_grad(p):
    g = np.zeros(2)
    g[0] = 2*(p[0] + 2*p[1] - 7) + 4*(2*p[0] + p[1] - 5)
    g[1] = 4*(p[0] + 2*p[1] - 7) + 2*(2*p[0] + p[1] - 5)
    return g


x0 = np.array([-1.2, 1.0])
res = minimize(rosen, x0, method="BFGS", jac=rosen_der)
print(res.x, res.nit)
print("booth gradient error:", check_grad(booth, booth_grad, [0.5, 0.5]))
