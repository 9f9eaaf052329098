# eriklindernoren/ML-From-Scratch, losses: `p = np.clip(p, ...)` then the loss through it.
from corpus import Region
from sympy import log, Min, Max

R = Region('py_mlfs_losses', 'python', 'eriklindernoren/ML-From-Scratch',
           'mlfromscratch/deep_learning/loss_functions.py',
           'a2806c6732eee8d27762edd6d864e0c179d8e9e8', 1, 40, 'py')
R.decline(3, 'accuracy_score', 'import')
y = R.root('y', 1.3); yp = R.root('y_pred', 0.4)
R.formula(20, '0.5', 0.5 * (y - yp)**2)
R.formula(23, '-(y', -(y - yp))
R.reset(); y = R.root('y', 0.8); p0 = R.root('p_0', 0.3)
p = R.define('p', Min(Max(p0, 1e-15), 1 - 1e-15))
R.formula(31, '- y', -y * log(p) - (1 - y) * log(1 - p))
R.decline(34, 'accuracy_score', 'argmax call, not math')
R.reset(); y = R.root('y', 0.8); p0 = R.root('p_0', 0.3)
p = R.define('p', Min(Max(p0, 1e-15), 1 - 1e-15))
R.formula(39, '- (y', -(y / p) + (1 - y) / (1 - p))
R.write()
