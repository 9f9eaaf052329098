# Andrew Ng's machine-learning course exercises as students wrote them (MATLAB/Octave): matrix code
# (X * theta, (h - y)' * X, sums, theta(2:end), `theta(1) = 0`) measured as array answers in NumPy
# (Region.array), the course's own sigmoid (another file), loops (`for i=1:m`) with element indexing
# `y(i)` (the names y_i, h_i) and `m = length(y)` (the count length_y) in the scalar lines.
from corpus import Region
import numpy as np
from sympy import log, exp

sig = lambda z: 1 / (1 + exp(-z))


def sigmoid(z):
    return 1 / (1 + np.exp(-z))

EJ = ('ejpaari/ml', '2f5900920fe37dbff57c7eed8ceed0ab15063da6')


def region(id, path, end, repo=EJ):
    return Region(id, 'matlab', repo[0], path, repo[1], 1, end, 'm')


# Matrix code (issue #11): the lines below are measured as array answers, transcribed by hand into
# NumPy (Region.array, shared with test/corpus/arrays): X is n×d, theta, y, h are n×1 or d×1 columns as
# MATLAB has them, m = length(y) is the count n (a size, not differentiated in the totals), the
# course's `sigmoid` (its own file, the logistic function) is another file's function.
N, D = 4, 3
X_, TH = ((N, D), 'normal'), ((D, 1), 'normal')
COL, P, POS = ((N, 1), 'normal'), ((N, 1), 'unit'), ((), 'pos')
SIGMOID = dict(external=['sigmoid'])


def matmul_h(R, line, needle, lhs='h', f=lambda X, theta: X @ theta, text='X @ theta'):
    R.array(line, needle, f, dict(X=X_, theta=TH), ['X', 'theta'], 'array', lhs, numpy=text)


def logistic_cost(y, h, m):
    return 1 / m * np.sum(-y * np.log(h) - (1 - y) * np.log(1 - h))


def zero_first(theta):
    """`theta(1) = 0;` on the line above: the bias is not regularized"""
    t = theta.copy()
    t[0] = 0
    return t


R = region('m_ejpaari_computeCost', 'machine-learning-ex1/ex1/computeCost.m', 10)
matmul_h(R, 7, 'X *')
R.array(8, '1 /', lambda m, h, y: 1 / (2 * m) * np.sum((h - y) ** 2), dict(m=POS, h=COL, y=COL), ['m', 'h', 'y'],
        total=dict(f=lambda X, theta, y: 1 / (2 * N) * np.sum((X @ theta - y) ** 2), inputs=dict(X=X_, theta=TH, y=COL), wrt=['X', 'theta', 'y']),
        numpy='1 / (2*m) * np.sum((h - y)**2); total with h = X @ theta, m = n')
R.write()

R = region('m_ejpaari_gradientDescent', 'machine-learning-ex1/ex1/gradientDescent.m', 11)
R.decline(7, 'iter', 'a loop header')
matmul_h(R, 8, 'X *')
# inside the loop: theta and h are assigned in it, so the theta the line reads is the loop's input
R.array(9, 'theta -', lambda theta, alpha, m, h, y, X: theta - alpha * (1 / m) * ((h - y).T @ X).T,
        dict(theta=TH, alpha=POS, m=POS, h=COL, y=COL, X=X_), ['theta', 'alpha', 'm', 'h', 'y', 'X'], 'array', 'theta',
        numpy="theta - alpha * (1/m) * ((h - y).T @ X).T")
R.write()

R = region('m_ejpaari_costFunction', 'machine-learning-ex2/ex2/costFunction.m', 18)
R.decline(8, 'zeros', 'an array of zeros')
matmul_h(R, 15, 'sigmoid', f=lambda X, theta: sigmoid(X @ theta), text='sigmoid(X @ theta)')
R.array(16, '1/m', logistic_cost, dict(y=P, h=P, m=POS), ['y', 'h', 'm'],
        total=dict(f=lambda X, theta, y: logistic_cost(y, sigmoid(X @ theta), N), inputs=dict(X=X_, theta=TH, y=P), wrt=['X', 'theta', 'y']),
        numpy='1/m * np.sum(-y * np.log(h) - (1 - y) * np.log(1 - h))', **SIGMOID)
R.array(17, '1/m', lambda m, h, y, X: 1 / m * (h - y).T @ X, dict(m=POS, h=P, y=P, X=X_), ['m', 'h', 'y', 'X'], 'array', 'grad',
        numpy='1/m * (h - y).T @ X')
R.write()


def reg_cost(y, h, m, lam, theta_reg):
    return logistic_cost(y, h, m) + lam / (2 * m) * np.sum(theta_reg ** 2)


def reg_grad(**k):
    return (1 / k['m'] * k['X'].T @ (k['h'] - k['y'])) + k['lambda'] / k['m'] * k['theta']


REG = dict(m=POS, y=P, h=P, **{'lambda': POS}, theta=TH)
REG_TOTAL = dict(inputs=dict(X=X_, theta=TH, y=P, **{'lambda': POS}), wrt=['X', 'theta', 'y', 'lambda'],
                 notes='h = sigmoid(X * theta) reads theta before `theta(1) = 0`; the line reads it after')

R = region('m_ejpaari_costFunctionReg', 'machine-learning-ex2/ex2/costFunctionReg.m', 18)
matmul_h(R, 14, 'sigmoid', f=lambda X, theta: sigmoid(X @ theta), text='sigmoid(X @ theta)')
R.decline(15, 'theta(1)', 'an element set to 0')
R.array(16, '1/m', lambda **k: reg_cost(k['y'], k['h'], k['m'], k['lambda'], k['theta'][1:]), REG, list(REG),
        total=dict(f=lambda **k: reg_cost(k['y'], sigmoid(k['X'] @ k['theta']), N, k['lambda'], zero_first(k['theta'])[1:]), **REG_TOTAL),
        numpy='logistic cost + lambda/(2*m) * np.sum(theta[1:]**2)', **SIGMOID)
R.array(17, '(1/m', reg_grad, dict(REG, X=X_), ['m', 'X', 'h', 'y', 'lambda', 'theta'], 'array', 'grad',
        numpy='(1/m * X.T @ (h - y)) + lambda/m * theta')
R.write()

R = region('m_ejpaari_lrCostFunction', 'machine-learning-ex3/ex3/lrCostFunction.m', 26)
matmul_h(R, 19, 'sigmoid', f=lambda X, theta: sigmoid(X @ theta), text='sigmoid(X @ theta)')
R.array(21, '1/m', lambda **k: reg_cost(k['y'], k['h'], k['m'], k['lambda'], k['theta']), REG, list(REG),
        total=dict(f=lambda **k: reg_cost(k['y'], sigmoid(k['X'] @ k['theta']), N, k['lambda'], zero_first(k['theta'])), **REG_TOTAL),
        numpy='logistic cost + lambda/(2*m) * np.sum(theta**2)', **SIGMOID)
R.array(22, '(1/m', reg_grad, dict(REG, X=X_), ['m', 'X', 'h', 'y', 'lambda', 'theta'], 'array', 'grad',
        numpy='(1/m * X.T @ (h - y)) + lambda/m * theta')
R.decline(24, 'grad(:)', 'a reshape')
R.write()

R = region('m_ejpaari_sigmoid', 'machine-learning-ex2/ex2/sigmoid.m', 11)
z = R.root('z', 0.4)
R.formula(8, '1 ./', sig(z))
R.write()

R = region('m_ejpaari_sigmoidGradient', 'machine-learning-ex4/ex4/sigmoidGradient.m', 11)
z = R.root('z', 0.4)
R.formula(9, 'sigmoid', sig(z) * (1 - sig(z)))
R.write()

CM = ('CristianM15/EC601A1_TeamProject', '38fb48223d4bcf688fc0264ce395355145ab6a8e')
R = region('m_cristian_costFunctionOctave', 'costFunctionOctave.m', 30, CM)
R.decline(7, 'zeros', 'an array of zeros')
R.decline(10, 'zeros', 'an array of zeros')
matmul_h(R, 13, 'X*', 'hx')
R.array(16, 'sigmoidOctave', lambda hx: sigmoid(hx), dict(hx=COL), ['hx'], 'array', 'h', external=['sigmoidOctave'],
        numpy='sigmoid(hx)', note="sigmoidOctave is the project's own sigmoid (another file): the hover cannot see its body")
R.decline(19, 'i=1', 'a loop header')
R.reset(); J0 = R.root('Jtmp_0', 0.4); yi = R.root('y_i', 0.7); hi = R.root('h_i', 0.35)
R.formula(20, 'Jtmp+', J0 + (-yi * log(hi) - (1 - yi) * log(1 - hi)), note='y(i), h(i) are element names')
# after the loop: Jtmp and sum1 come from it (inputs); m = length(y) above it is followed
R.reset(); J = R.root('Jtmp', 2.5); ly = R.root('length_y', 10)
m = R.define('m', ly)
R.formula(22, '(1/m)', (1 / m) * J)
R.decline(27, "X(i,:)'", "a row of X: a vector")
R.array(30, '(1/m)', lambda m, sum1: (1 / m) * sum1, dict(m=POS, sum1=((D, 1), 'normal')), ['m', 'sum1'], 'array', 'grad',
        numpy='(1/m) * sum1', note='sum1 is the d×1 sum the loop builds')
R.write()

PH = ('phogbinh/handwritten-digit-recognition', 'e2ec0724f0393c2c0f63faeddbe592bbca058f6a')
for id, path, n, var in [('m_phogbinh_dfdz', 'dfdz.m', 3, 'z'), ('m_phogbinh_f', 'f.m', 3, 'z'),
                         ('m_phogbinh_af', 'nav_optimal/af.m', 4, 'x'), ('m_phogbinh_f_d', 'nav_optimal/f_d.m', 5, 'x')]:
    R = region(id, path, n, PH)
    z = R.root(var, 0.4)
    if 'd' in path.split('/')[-1][1:]:
        R.formula(2, '( exp', (exp(-z) * (z + 1) + 1) / ((1 + exp(-z)) * (1 + exp(-z))))
    else:
        R.formula(2, '/', z / (1 + exp(-z)))
    if n >= 4:
        R.decline(3, 'isnan', 'elements set where NaN')
    R.write()
