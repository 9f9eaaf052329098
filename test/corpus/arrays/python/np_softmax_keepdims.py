import numpy as np


def softmax_loss_vectorized(W, X, y, reg):
    """
    - W: A numpy array of shape (D, C) containing weights.
    - X: A numpy array of shape (N, D) containing a minibatch of data.
    """
    num_train = X.shape[0]
    scores = np.dot(X, W)
    exp_scores = np.exp(scores)
    prob_scores = exp_scores/np.sum(exp_scores, axis=1, keepdims=True)
    correct_log_probs = -np.log(prob_scores[range(num_train), y])
    loss = np.sum(correct_log_probs)/ num_train
    loss += 0.5 * reg * np.sum(np.sum(W**2))
    return loss
