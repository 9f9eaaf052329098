# eriklindernoren/ML-From-Scratch, activation functions: each method body is its own scope.
from corpus import Region
from sympy import exp, log, Piecewise, Symbol

R = Region('py_mlfs_activations', 'python', 'eriklindernoren/ML-From-Scratch',
           'mlfromscratch/deep_learning/activation_functions.py',
           'a2806c6732eee8d27762edd6d864e0c179d8e9e8', 1, 75, 'py')
R.decline(1, 'numpy', 'import')
R.decline(4, 'Reference', 'prose comment with a URL')
x = R.root('x', 0.7)
sig = lambda x: 1 / (1 + exp(-x))
R.formula(8, '1 /', sig(x))
R.formula(11, '* (1', sig(x) * (1 - sig(x)), note='self.__call__ is the class\'s own sigmoid')
R.decline(15, 'np.exp', 'softmax over an axis: no scalar reading')
R.decline(16, 'e_x /', 'softmax over an axis: no scalar reading')
R.reset(); x = R.root('x', 0.7)
R.formula(24, '2 /', 2 / (1 + exp(-2 * x)) - 1)
tanh_ = 2 / (1 + exp(-2 * x)) - 1
R.formula(27, '1 -', 1 - tanh_**2, note='self.__call__ is the class\'s own tanh')
R.reset(); x = R.root('x', -0.6)
R.formula(31, 'np.where', Piecewise((x, x >= 0), (0, True)))
R.reset(); x = R.root('x', -0.6); a = R.root('self_alpha', 0.2)
R.formula(41, 'np.where', Piecewise((x, x >= 0), (a * x, True)))
R.reset(); x = R.root('x', -0.6); a = R.root('self_alpha', 0.1)
R.formula(51, 'np.where', Piecewise((x, x >= 0), (a * (exp(x) - 1), True)))
elu = Piecewise((x, x >= 0), (a * (exp(x) - 1), True))
R.formula(54, 'np.where', Piecewise((1, x >= 0), (elu + a, True)), note='self.__call__ is the class\'s own ELU')
R.reset(); x = R.root('x', -0.6); a = R.root('self_alpha', 1.6732632423543772848170429916717); sc = R.root('self_scale', 1.0507009873554804934193349852946)
R.formula(64, 'self.scale', sc * Piecewise((x, x >= 0), (a * (exp(x) - 1), True)))
R.formula(67, 'self.scale', sc * Piecewise((1, x >= 0), (a * exp(x), True)))
R.reset(); x = R.root('x', 0.7)
R.formula(71, 'np.log', log(1 + exp(x)))
R.formula(74, '1 /', 1 / (1 + exp(-x)))
R.write()
