import torch, math

B, NT, NS, d_model = 4, 20, 30, 512
dk = d_model

Q = WQ(T)                            # (B, NT, dk)
K = WK(S)                            # (B, NS, dk)
V = WV(S)                            # (B, NS, dk)

scores = Q @ K.transpose(-2, -1) / math.sqrt(dk)  # (B, NT, NS)
weights = torch.softmax(scores, dim=-1)           # (B, NT, NS)
context = weights @ V                             # (B, NT, dk)
