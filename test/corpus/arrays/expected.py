#!/usr/bin/env python3
"""Expected gradients of the array corpus (issue #11), computed with NumPy, never with our engine.

Each case is one formula line of a fixture, transcribed BY HAND into NumPy below (`f`), with small
concrete shapes and a seeded point. Scalar-valued lines: the gradient of the line by each listed
input. Array-valued lines (`h = x.dot(w1)`): the backward pass with an upstream gradient `d<lhs>`
(random, seeded), i.e. the gradient of sum(d<lhs> * f). `total` cases: the gradient of the line
after substituting the fixture's earlier assignments, by the root inputs.

Gradients by central differences in float64 (step 1e-6 scaled per element), checked against a
second step (1e-5): the two agree to ~1e-8 relative, far inside the test's 1e-5 tolerance.

    python3 test/corpus/arrays/expected.py          # verify expected.json
    python3 test/corpus/arrays/expected.py --write  # regenerate it
"""
import json
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def softmax_last(s):
    e = np.exp(s - s.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


# how each input is drawn: normal, in (0.1, 0.9) (probabilities), positive, or integer labels < k
def draw(rng, kind, shape):
    if kind == 'normal':
        return rng.normal(size=shape)
    if kind == 'unit':
        return rng.uniform(0.1, 0.9, size=shape)
    if kind == 'pos':
        return rng.uniform(0.5, 2.0, size=shape)
    if kind.startswith('int'):
        return rng.integers(0, int(kind[3:]), size=shape).astype(float)
    raise ValueError(kind)


def case(id, file, needle, f, inputs, wrt, kind='scalar', lhs=None, total=None, notes=''):
    """inputs: name -> (shape, how drawn); wrt: the names differentiated (labels are not)."""
    return dict(id=id, file=file, needle=needle, f=f, inputs=inputs, wrt=wrt, kind=kind, lhs=lhs, total=total, notes=notes)


N, D, C, H = 4, 3, 5, 2  # small sizes for every case

CASES = [
    # --- python: NumPy two-layer net (xinzheshen/dl_practice)
    case('py-two-layer-h', 'python/np_two_layer.py', 'h = x.dot(w1)', lambda x, w1: x @ w1,
         dict(x=((N, D), 'normal'), w1=((D, C), 'normal')), ['x', 'w1'], 'array', 'h'),
    case('py-two-layer-relu', 'python/np_two_layer.py', 'h_relu = np.maximum(0, h)', lambda h: np.maximum(0, h),
         dict(h=((N, C), 'normal')), ['h'], 'array', 'h_relu'),
    case('py-two-layer-ypred', 'python/np_two_layer.py', 'y_pred = h_relu.dot(w2)', lambda h_relu, w2: h_relu @ w2,
         dict(h_relu=((N, C), 'pos'), w2=((C, H), 'normal')), ['h_relu', 'w2'], 'array', 'y_pred'),
    case('py-two-layer-loss', 'python/np_two_layer.py', 'loss = np.square(y_pred - y).sum()', lambda y_pred, y: np.square(y_pred - y).sum(),
         dict(y_pred=((N, H), 'normal'), y=((N, H), 'normal')), ['y_pred', 'y'],
         total=dict(f=lambda x, w1, w2, y: np.square(np.maximum(0, x @ w1) @ w2 - y).sum(),
                    inputs=dict(x=((N, D), 'normal'), w1=((D, C), 'normal'), w2=((C, H), 'normal'), y=((N, H), 'normal')),
                    wrt=['x', 'w1', 'w2', 'y'])),
    # --- python: softmax loss with keepdims and a gather (fabien102/DlaD_lab2)
    case('py-softmax-scores', 'python/np_softmax_keepdims.py', 'scores = np.dot(X, W)', lambda X, W: X @ W,
         dict(X=((N, D), 'normal'), W=((D, C), 'normal')), ['X', 'W'], 'array', 'scores'),
    case('py-softmax-exp', 'python/np_softmax_keepdims.py', 'exp_scores = np.exp(scores)', lambda scores: np.exp(scores),
         dict(scores=((N, C), 'normal')), ['scores'], 'array', 'exp_scores'),
    case('py-softmax-probs', 'python/np_softmax_keepdims.py', 'prob_scores = exp_scores/np.sum',
         lambda exp_scores: exp_scores / np.sum(exp_scores, axis=1, keepdims=True),
         dict(exp_scores=((N, C), 'pos')), ['exp_scores'], 'array', 'prob_scores'),
    case('py-softmax-gather', 'python/np_softmax_keepdims.py', 'correct_log_probs = -np.log',
         lambda prob_scores, num_train, y: -np.log(prob_scores[np.arange(N), y.astype(int)]),
         dict(prob_scores=((N, C), 'unit'), num_train=((), 'int0'), y=((N,), f'int{C}')), ['prob_scores'], 'array', 'correct_log_probs',
         notes='num_train is X.shape[0] = N; y are labels'),
    case('py-softmax-mean', 'python/np_softmax_keepdims.py', 'loss = np.sum(correct_log_probs)', lambda correct_log_probs, num_train: np.sum(correct_log_probs) / num_train,
         dict(correct_log_probs=((N,), 'pos'), num_train=((), 'pos')), ['correct_log_probs', 'num_train']),
    case('py-softmax-reg', 'python/np_softmax_keepdims.py', 'loss += 0.5 * reg', lambda loss, reg, W: loss + 0.5 * reg * np.sum(np.sum(W ** 2)),
         dict(loss=((), 'pos'), reg=((), 'pos'), W=((D, C), 'normal')), ['reg', 'W']),
    # --- python: softmax loss with np.newaxis (xoyoon2/ai-practice)
    case('py-newaxis-scores', 'python/np_softmax_newaxis.py', 'scores = X_batch @ W', lambda X_batch, W: X_batch @ W,
         dict(X_batch=((N, D), 'normal'), W=((D, C), 'normal')), ['X_batch', 'W'], 'array', 'scores'),
    case('py-newaxis-probs', 'python/np_softmax_newaxis.py', 'probs = unnormalized_probs /',
         lambda unnormalized_probs: unnormalized_probs / np.sum(unnormalized_probs, axis=1)[:, np.newaxis],
         dict(unnormalized_probs=((N, C), 'pos')), ['unnormalized_probs'], 'array', 'probs'),
    case('py-newaxis-loss', 'python/np_softmax_newaxis.py', 'loss = np.sum(losses)',
         lambda losses, num_batch, reg, W: np.sum(losses) / num_batch + reg * np.sum(W * W),
         dict(losses=((N,), 'pos'), num_batch=((), 'pos'), reg=((), 'pos'), W=((D, C), 'normal')), ['losses', 'reg', 'W']),
    # --- python: JAX (Asiwaju-Adeniyi/Deep-Learning-Python, coax-dev/coax)
    case('py-jax-matmul', 'python/jax_matmul_mse.py', 'return jnp.matmul(inputs, W) + b', lambda inputs, W, b: inputs @ W + b,
         dict(inputs=((N, D), 'normal'), W=((D, H), 'normal'), b=((H,), 'normal')), ['inputs', 'W', 'b'], 'array', 'model'),
    case('py-jax-square', 'python/jax_matmul_mse.py', 'per_sample_losses = jnp.square', lambda targets, predictions: np.square(targets - predictions),
         dict(targets=((N,), 'normal'), predictions=((N,), 'normal')), ['targets', 'predictions'], 'array', 'per_sample_losses'),
    case('py-jax-mean', 'python/jax_matmul_mse.py', 'return jnp.mean(per_sample_losses)', lambda per_sample_losses: np.mean(per_sample_losses),
         dict(per_sample_losses=((N,), 'pos')), ['per_sample_losses'],
         total=dict(f=lambda targets, predictions: np.mean(np.square(targets - predictions)),
                    inputs=dict(targets=((N,), 'normal'), predictions=((N,), 'normal')), wrt=['targets', 'predictions'])),
    case('py-coax-mse', 'python/jax_coax_mse.py', 'return jnp.mean(jnp.square(err))', lambda err: np.mean(np.square(err)),
         dict(err=((N,), 'normal')), ['err']),
    # --- python: torch attention (bangbv/AlgorithmInPython, CHANDRASHEKHAR234/NLP)
    case('py-torch-scores3d', 'python/torch_cross_attention.py', 'scores = Q @ K.transpose', lambda Q, K, dk: Q @ np.swapaxes(K, -2, -1) / np.sqrt(dk),
         dict(Q=((2, 3, D), 'normal'), K=((2, 4, D), 'normal'), dk=((), 'pos')), ['Q', 'K'], 'array', 'scores'),
    case('py-torch-softmax3d', 'python/torch_cross_attention.py', 'weights = torch.softmax', lambda scores: softmax_last(scores),
         dict(scores=((2, 3, 4), 'normal')), ['scores'], 'array', 'weights'),
    case('py-torch-context3d', 'python/torch_cross_attention.py', 'context = weights @ V', lambda weights, V: weights @ V,
         dict(weights=((2, 3, 4), 'unit'), V=((2, 4, D), 'normal')), ['weights', 'V'], 'array', 'context'),
    case('py-torch-fsoftmax', 'python/torch_functional_softmax.py', 'attn = f.softmax', lambda scores: softmax_last(scores),
         dict(scores=((N, C), 'normal')), ['scores'], 'array', 'attn'),
    # --- MATLAB: logistic and linear regression costs (Coursera-style course code)
    case('m-transposes-h', 'matlab/costfn_transposes.m', 'h = sigmoid(X* theta);', lambda X, theta: sigmoid(X @ theta),
         dict(X=((N, D), 'normal'), theta=((D, 1), 'normal')), ['X', 'theta'], 'array', 'h'),
    case('m-transposes-J', 'matlab/costfn_transposes.m', "J=-( y' * log(h)",
         lambda y, h, m: (-(y.T @ np.log(h) + (1 - y.T) @ np.log(1 - h)) / m).item(),
         dict(y=((N, 1), 'unit'), h=((N, 1), 'unit'), m=((), 'pos')), ['y', 'h', 'm'],
         total=dict(f=lambda theta, X, y: (-(y.T @ np.log(sigmoid(X @ theta)) + (1 - y.T) @ np.log(1 - sigmoid(X @ theta))) / N).item(),
                    inputs=dict(theta=((D, 1), 'normal'), X=((N, D), 'normal'), y=((N, 1), 'unit')), wrt=['theta', 'X', 'y'],
                    notes='m = length(y) = N')),
    case('m-transposes-grad', 'matlab/costfn_transposes.m', "grad = (X')*(h- y);", lambda X, h, y: X.T @ (h - y),
         dict(X=((N, D), 'normal'), h=((N, 1), 'unit'), y=((N, 1), 'unit')), ['X', 'h', 'y'], 'array', 'grad'),
    case('m-sum-J', 'matlab/costfn_sum.m', 'J = 1 / m * sum(',
         lambda m, y, h: (1 / m * np.sum(-1 * y.T @ np.log(h) - (1 - y.T) @ np.log(1 - h))),
         dict(m=((), 'pos'), y=((N, 1), 'unit'), h=((N, 1), 'unit')), ['m', 'y', 'h']),
    case('m-cost-COST', 'matlab/costfn_cost.m', "COST = (-y)'*log(h)", lambda y, h: ((-y).T @ np.log(h) - (1 - y).T @ np.log(1 - h)).item(),
         dict(y=((N, 1), 'unit'), h=((N, 1), 'unit')), ['y', 'h']),
    case('m-computecost-h', 'matlab/computecost_sum.m', 'h = X * theta;', lambda X, theta: X @ theta,
         dict(X=((N, D), 'normal'), theta=((D, 1), 'normal')), ['X', 'theta'], 'array', 'h'),
    case('m-computecost-J', 'matlab/computecost_sum.m', 'J = 1 / (2*m) * sum(', lambda m, h, y: 1 / (2 * m) * np.sum((h - y) ** 2),
         dict(m=((), 'pos'), h=((N, 1), 'normal'), y=((N, 1), 'normal')), ['m', 'h', 'y'],
         total=dict(f=lambda X, theta, y: 1 / (2 * N) * np.sum((X @ theta - y) ** 2),
                    inputs=dict(X=((N, D), 'normal'), theta=((D, 1), 'normal'), y=((N, 1), 'normal')), wrt=['X', 'theta', 'y'],
                    notes='m = length(y) = N')),
    case('m-quadratic-J', 'matlab/computecost_quadratic.m', "J = (X * theta - y)'", lambda X, theta, y, m: ((X @ theta - y).T @ (X @ theta - y) / (2 * m)).item(),
         dict(X=((N, D), 'normal'), theta=((D, 1), 'normal'), y=((N, 1), 'normal'), m=((), 'pos')), ['X', 'theta', 'y', 'm']),
    # --- Julia
    case('jl-predict', 'julia/linreg_predict.jl', 'predict(x) = W*x .+ b', lambda W, x, b: W @ x + b,
         dict(W=((H, C), 'normal'), x=((C,), 'normal'), b=((H,), 'normal')), ['W', 'x', 'b'], 'array', 'predict'),
    case('jl-sum-sq', 'julia/linreg_predict.jl', 'sum((y .- ŷ).^2)', lambda y, ŷ: np.sum((y - ŷ) ** 2),
         dict(y=((H,), 'normal'), ŷ=((H,), 'normal')), ['y', 'ŷ']),
    case('jl-layer1', 'julia/bp_layers.jl', 'layer1(x) = W1 * x .+ b1', lambda W1, x, b1: W1 @ x + b1,
         dict(W1=((3, 5), 'normal'), x=((5,), 'normal'), b1=((3,), 'normal')), ['W1', 'x', 'b1'], 'array', 'layer1'),
    case('jl-dense-activation', 'julia/dense_activation.jl', 'return activation(w * x .+ b)', None,
         dict(w=((H, C), 'normal'), x=((C,), 'normal'), b=((H,), 'normal')), [], 'refuse',
         notes='activation is a function parameter: no derivative can be given, the hover must say so'),
    # --- R (R recycles a length-n vector against an n×1 matrix elementwise: y is a column here)
    case('r-loglik-pr', 'r/loglik_pr.R', 'pr <- 1 / (1 + exp(-X %*% beta))', lambda X, beta: 1 / (1 + np.exp(-(X @ beta[:, None]))),
         dict(X=((N, D), 'normal'), beta=((D,), 'normal')), ['X', 'beta'], 'array', 'pr'),
    case('r-loglik-sum', 'r/loglik_pr.R', 'log_li <- sum(', lambda y, pr: np.sum(y[:, None] * np.log(pr) + (1 - y[:, None]) * np.log(1 - pr)),
         dict(y=((N,), 'unit'), pr=((N, 1), 'unit')), ['y', 'pr'],
         total=dict(f=lambda y, X, beta: np.sum(y[:, None] * np.log(sigmoid(X @ beta[:, None])) + (1 - y[:, None]) * np.log(1 - sigmoid(X @ beta[:, None]))),
                    inputs=dict(y=((N,), 'unit'), X=((N, D), 'normal'), beta=((D,), 'normal')), wrt=['y', 'X', 'beta'])),
    case('r-logreg-return', 'r/logreg_solve.R', 'return(sum(-((1 - y)', lambda y, p: np.sum(-((1 - y[:, None]) * np.log(1 - p)) - (y[:, None] * np.log(p))),
         dict(y=((N,), 'unit'), p=((N, 1), 'unit')), ['y', 'p']),
    case('r-solve-normal-eq', 'r/logreg_solve.R', 'return (solve(t(X) %*% X)', lambda X, y: np.linalg.solve(X.T @ X, np.eye(D)) @ X.T @ y[:, None],
         dict(X=((N, D), 'normal'), y=((N,), 'normal')), ['X', 'y'], 'array', 'initial_beta_least_squares'),
]

LANG = {'python': 'python', 'julia': 'julia', 'matlab': 'matlab', 'r': 'r'}


def point(rng, inputs):
    at = {}
    for name, (shape, how) in inputs.items():
        if how == 'int0':
            at[name] = float(N)
        else:
            v = draw(rng, how, shape)
            at[name] = float(v) if shape == () else v
    return at


def grad(f, at, wrt, upstream=None, step=1e-6):
    """Central differences of f (or of sum(upstream * f)) by each name in wrt, element by element."""
    def g(vals):
        out = np.asarray(f(**vals), dtype=float)
        return float(np.sum(upstream * out)) if upstream is not None else float(out)
    out = {}
    for v in wrt:
        x0 = np.array(at[v], dtype=float)
        d = np.zeros_like(x0)
        for idx in np.ndindex(x0.shape):
            h = step * (1 + abs(x0[idx]))
            xp, xm = x0.copy(), x0.copy()
            xp[idx] += h
            xm[idx] -= h
            d[idx] = (g({**at, v: xp if x0.shape else float(xp)}) - g({**at, v: xm if x0.shape else float(xm)})) / (2 * h)
        out[v] = d
    return out


def tolist(v):
    return np.asarray(v).tolist()


def measure(c, seed, total_seed=None):
    """One case's record: its seeded point, the gradient (or the backward pass with a seeded upstream)
    and the totals at a second seeded point. Also used by test/corpus/lines/reference/corpus.py."""
    rng = np.random.default_rng(seed)
    at = point(rng, c['inputs'])
    rec = dict(id=c['id'], file=c['file'], needle=c['needle'], lang=c['file'].split('/')[0], kind=c['kind'], notes=c['notes'])
    if c['kind'] == 'refuse':
        rec['at'] = {n: tolist(v) for n, v in at.items()}
        return rec
    upstream = None
    if c['kind'] == 'array':
        shape = np.asarray(c['f'](**at)).shape
        upstream = rng.normal(size=shape)
        rec['lhs'] = c['lhs']
        rec['upstream'] = tolist(upstream)
        rec['value'] = tolist(c['f'](**at))
    g1 = grad(c['f'], at, c['wrt'], upstream)
    g2 = grad(c['f'], at, c['wrt'], upstream, step=1e-5)
    for v in c['wrt']:
        scale = max(1.0, float(np.max(np.abs(g1[v]))))
        assert np.max(np.abs(g1[v] - g2[v])) / scale < 1e-6, (c['id'], v)
    rec['at'] = {n: tolist(v) for n, v in at.items()}
    rec['gradient'] = {v: tolist(g1[v]) for v in c['wrt']}
    if c['total']:
        t = c['total']
        tat = point(np.random.default_rng(seed + 1000 if total_seed is None else total_seed), t['inputs'])
        tg = grad(t['f'], tat, t['wrt'])
        tg2 = grad(t['f'], tat, t['wrt'], step=1e-5)
        for v in t['wrt']:
            scale = max(1.0, float(np.max(np.abs(tg[v]))))
            assert np.max(np.abs(tg[v] - tg2[v])) / scale < 1e-6, (c['id'], 'total', v)
        rec['total'] = dict(at={n: tolist(v) for n, v in tat.items()}, gradient={v: tolist(tg[v]) for v in t['wrt']}, notes=t.get('notes', ''))
    return rec


def build():
    return [measure(c, 1000 + k, 2000 + k) for k, c in enumerate(CASES)]


def rounded(x):
    if isinstance(x, float):
        return float(f'{x:.12g}')
    if isinstance(x, list):
        return [rounded(y) for y in x]
    if isinstance(x, dict):
        return {k: rounded(v) for k, v in x.items()}
    return x


if __name__ == '__main__':
    data = rounded(build())
    path = os.path.join(HERE, 'expected.json')
    text = '[\n' + ',\n'.join(json.dumps(c, ensure_ascii=False) for c in data) + '\n]\n'  # one case a line
    if '--write' in sys.argv:
        open(path, 'w').write(text)
        print(f'wrote {len(data)} cases')
    else:
        same = os.path.exists(path) and open(path).read() == text
        print(f'{len(data)} cases: ' + ('expected.json is up to date' if same else 'expected.json DIFFERS (run with --write)'))
        sys.exit(0 if same else 1)
