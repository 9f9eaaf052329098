"""Common losses and activations in PyTorch. Hover a line to see its derivatives."""
import torch
import torch.nn.functional as F


def smooth_relu(x, beta=1.0):
    # softplus is a smooth ReLU: its derivative is sigmoid(beta*x)
    return F.softplus(beta * x) / beta


def logistic_loss(z, t):
    # binary cross-entropy on logits, written with softplus for numerical stability
    return F.softplus(z) - t * z


def log_sum_exp_pair(a, b):
    # a stable log(exp(a) + exp(b)); its gradient is the softmax of (a, b)
    m = torch.maximum(a, b)
    return m + torch.log(torch.exp(a - m) + torch.exp(b - m))


def leaky_hinge(margin, x, w):
    return F.relu(margin - w * x) + 0.01 * torch.relu(w * x - margin)


def gelu_tanh(x):
    return 0.5 * x * (1 + torch.tanh(0.7978845608 * (x + 0.044715 * x**3)))


def huber(r, delta):
    # quadratic near zero, linear in the tails: its derivative is r clipped to [-delta, delta]
    return torch.where(torch.abs(r) <= delta, 0.5 * r**2, delta * (torch.abs(r) - 0.5 * delta))


def mse(y_hat, y):
    # the mean over a batch: the hover shows one element's term and says what the mean does to it
    loss = torch.mean((y_hat - y) ** 2)
    return loss


z = torch.tensor(0.3, requires_grad=True)
t = 1.0
loss = logistic_loss(z, t)
loss.backward()
print(float(loss), float(z.grad))  # z.grad == sigmoid(z) - t
