import numpy as np

N, D_in, H, D_out = 64, 1000, 10, 10

x = np.random.randn(N, D_in)
y = np.random.randn(N, D_out)
w1 = np.random.randn(D_in, H)
w2 = np.random.randn(H, D_out)

for t in range(500):
    h = x.dot(w1)
    h_relu = np.maximum(0, h)
    y_pred = h_relu.dot(w2)
    loss = np.square(y_pred - y).sum()
