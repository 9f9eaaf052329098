# eriklindernoren/ML-From-Scratch optimizers: attribute assignments (`self.w_updt = ...`) followed by
# the update that uses them, augmented attribute updates (`self.G += ...`), if-blocks above
# (barriers for what they assign), a gradient function passed as an argument (declined).
from corpus import Region
from sympy import sqrt

R = Region('py_mlfs_optimizers', 'python', 'eriklindernoren/ML-From-Scratch',
           'mlfromscratch/deep_learning/optimizers.py',
           'a2806c6732eee8d27762edd6d864e0c179d8e9e8', 1, 75, 'py')
R.decline(1, 'numpy', 'import')
R.decline(7, 'http', 'a URL in a comment')
mo = R.root('self_momentum', 0.9); u0 = R.root('self_w_updt_0', 0.2); g = R.root('grad_wrt_w', 0.5)
w = R.root('w', 1.3); lr = R.root('self_learning_rate', 0.01)
R.formula(20, 'self.momentum', mo * u0 + (1 - mo) * g)
u = R.define('self_w_updt', mo * u0 + (1 - mo) * g)
R.formula(22, 'w -', w - lr * u)
R.decline(32, 'np.clip', 'the gradient function is an argument')
R.reset(); mo = R.root('self_momentum', 0.4); u0 = R.root('self_w_updt_0', 0.2); lr = R.root('self_learning_rate', 0.001)
af = R.root('approx_future_grad', 0.5); w = R.root('w', 1.3)
R.formula(37, 'self.momentum', mo * u0 + lr * af)
u = R.define('self_w_updt', mo * u0 + lr * af)
R.formula(39, 'w -', w - u)
R.reset(); G0 = R.root('self_G_0', 0.3); g = R.root('grad_wrt_w', 0.5); w = R.root('w', 1.3)
lr = R.root('self_learning_rate', 0.01); eps = R.root('self_eps', 1e-8)
R.formula(52, 'np.power', G0 + g**2, note='the update reads the G before it')
G = R.define('self_G', G0 + g**2)
R.formula(54, 'w -', w - lr * g / sqrt(G + eps))
R.reset(); rho = R.root('self_rho', 0.95); E0 = R.root('self_E_grad_0', 0.3); g = R.root('grad_wrt_w', 0.5)
eps = R.root('self_eps', 1e-6); Ew = R.root('self_E_w_updt', 0.1)
R.formula(72, 'self.rho', rho * E0 + (1 - rho) * g**2)
E = R.define('self_E_grad', rho * E0 + (1 - rho) * g**2)
R.formula(74, 'np.sqrt', sqrt(Ew + eps))
R.formula(75, 'np.sqrt', sqrt(E + eps))
R.write()

AM = ('amrkhailr/python_traning-', '70396543e6f2991a0aaf56f9fa4f51a6ebea7b00')
R = Region('py_amrkhailr_exo17', 'python', AM[0], 'Week5_/exo17.py', AM[1], 1, 20, 'py')
R.decline(3, 'mv2', 'KE = 1⁄2 mv2: prose notation (mv2 for m·v²), no faithful reading')
R.decline(1, 'Kinetic', 'prose')
R.decline(14, 'int(input', 'input from the user')
m = R.root('mass', 1.5); v = R.root('velocity', 2.0)
R.formula(19, 'mass/2', m / 2 * v**2)
R.write()
