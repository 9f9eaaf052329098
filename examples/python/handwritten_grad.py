"""Hand-written gradients to verify with "Derivative Inspector: Check Gradient".

Put the cursor in a gradient function and run Check Gradient: each component is compared with
the symbolic derivative and with central finite differences. One of them below is wrong.
"""
import numpy as np


def f(x, y):
    return x**2*y + np.sin(x*y)


def grad_f(x, y):
    # correct: (df/dx, df/dy)
    return (2*x*y + y*np.cos(x*y), x**2 + x*np.cos(x*y))


def df_dy(x, y):
    # deliberately wrong: the chain rule's factor x is missing from the cosine term
    return x**2 + np.cos(x*y)


def g(w):
    # the tutorial example: a sigmoid of 4w plus a small quadratic penalty
    return 1 / (1 + np.exp(-4*w)) + 0.1*w**2


def dg_dw(w):
    s = 1 / (1 + np.exp(-4*w))
    return 4*s*(1 - s) + 0.2*w


if __name__ == "__main__":
    x, y, h = 0.7, -1.2, 1e-6
    fd = ((f(x + h, y) - f(x - h, y)) / (2*h), (f(x, y + h) - f(x, y - h)) / (2*h))
    print("grad_f", grad_f(x, y), "finite differences", fd)
    print("df_dy ", df_dy(x, y), "finite differences", fd[1])
    w = 0.3
    print("dg_dw ", dg_dw(w), "finite differences", (g(w + h) - g(w - h)) / (2*h))
