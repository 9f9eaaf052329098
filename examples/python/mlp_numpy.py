"""A two-layer network in NumPy: hover a line to see its shapes and its gradients in NumPy."""
import numpy as np


def loss_and_hidden(X, W1, b1, W2, b2, Y, lam):
    """Squared loss of a two-layer tanh network, with weight decay.

    Parameters
    ----------
    X : ndarray of shape (n, d)
    W1 : ndarray of shape (d, h)
    b1 : ndarray of shape (h,)
    W2 : ndarray of shape (h, k)
    b2 : ndarray of shape (k,)
    Y : ndarray of shape (n, k)
    lam : float
    """
    h = np.tanh(X @ W1 + b1)
    scores = h @ W2 + b2  # (n, k)
    loss = np.sum((scores - Y) ** 2) / len(X) + lam * np.sum(W1 * W1)
    return loss
