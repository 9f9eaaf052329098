"""One training step of a single sigmoid neuron, written out by hand.

Hover an expression to see its derivatives; hover `loss` to see dloss/dw1 through h and y_hat.
"""
import numpy as np


def sigmoid(s):
    return 1 / (1 + np.exp(-s))


def warm_up(x):
    # dy/dx = 2*x + 3
    y = x**2 + 3*x
    return y


# Energy of the toy model, as in the notes:
# E = x^2 * y + sin(x*y)

# One sample (x, y) and the parameters.
x, y = 1.5, 0.75
w1, b1 = 0.8, -0.2
w2, b2 = 1.3, 0.1
lr = 0.1

# Forward pass
h = sigmoid(w1*x + b1)
y_hat = w2*h + b2
loss = (y_hat - y) ** 2

# Backward pass by the chain rule (compare with the hover on `loss`)
dloss_dyhat = 2 * (y_hat - y)
dloss_dw2 = dloss_dyhat * h
dloss_db2 = dloss_dyhat
dloss_dh = dloss_dyhat * w2
dloss_dw1 = dloss_dh * h * (1 - h) * x
dloss_db1 = dloss_dh * h * (1 - h)

w1 -= lr * dloss_dw1
b1 -= lr * dloss_db1
w2 -= lr * dloss_dw2
b2 -= lr * dloss_db2
print(f"loss={loss:.6f}  w1={w1:.4f} b1={b1:.4f} w2={w2:.4f} b2={b2:.4f}")
