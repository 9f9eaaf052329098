# Andrew Ng's machine-learning course exercises as students wrote them (MATLAB/Octave): `m = length(y)`
# (a count: the name length_y), matrix products read per element (X * theta, (h - y)' * X), the
# course's own sigmoid, loops (`for i=1:m`) with element indexing `y(i)` (the names y_i, h_i).
from corpus import Region
from sympy import log, exp

sig = lambda z: 1 / (1 + exp(-z))
EJ = ('ejpaari/ml', '2f5900920fe37dbff57c7eed8ceed0ab15063da6')


def region(id, path, end, repo=EJ):
    return Region(id, 'matlab', repo[0], path, repo[1], 1, end, 'm')


def common(R, **roots):
    R.reset()
    out = {k: R.root(k, v) for k, v in roots.items()}
    out['m'] = R.define('m', out['length_y'])
    return out


R = region('m_ejpaari_computeCost', 'machine-learning-ex1/ex1/computeCost.m', 10)
s = common(R, X=0.6, theta=0.9, y=1.2, length_y=10)
R.formula(7, 'X *', s['X'] * s['theta'])
h = R.define('h', s['X'] * s['theta'])
R.formula(8, '1 /', 1 / (2 * s['m']) * (h - s['y'])**2)
R.write()

R = region('m_ejpaari_gradientDescent', 'machine-learning-ex1/ex1/gradientDescent.m', 11)
R.decline(7, 'iter', 'a loop header')
s = common(R, X=0.6, theta=0.9, y=1.2, alpha=0.01, length_y=10)
R.formula(8, 'X *', s['X'] * s['theta'])
# inside the loop: theta and h are assigned in it, so the theta that h reads is the input (theta_0)
R.reset(); X = R.root('X', 0.6); th0 = R.root('theta_0', 0.9); y = R.root('y', 1.2); al = R.root('alpha', 0.01)
ly = R.root('length_y', 10)
m = R.define('m', ly)
h = R.define('h', X * th0)
R.formula(9, 'theta -', th0 - al * (1 / m) * ((h - y) * X))
R.write()

R = region('m_ejpaari_costFunction', 'machine-learning-ex2/ex2/costFunction.m', 18)
s = common(R, X=0.6, theta=0.9, y=0.7, length_y=10)
R.decline(8, 'zeros', 'an array of zeros')
R.formula(15, 'sigmoid', sig(s['X'] * s['theta']))
h = R.define('h', sig(s['X'] * s['theta']))
R.formula(16, '1/m', 1 / s['m'] * (-s['y'] * log(h) - (1 - s['y']) * log(1 - h)))
R.formula(17, '1/m', 1 / s['m'] * (h - s['y']) * s['X'])
R.write()

R = region('m_ejpaari_costFunctionReg', 'machine-learning-ex2/ex2/costFunctionReg.m', 18)
s = common(R, X=0.6, theta=0.9, y=0.7, length_y=10, **{'lambda': 0.5})
R.formula(14, 'sigmoid', sig(s['X'] * s['theta']))
h = R.define('h', sig(s['X'] * s['theta']))
R.decline(15, 'theta(1)', 'an element set to 0')
R.formula(16, '1/m', 1 / s['m'] * (-s['y'] * log(h) - (1 - s['y']) * log(1 - h)) + s['lambda'] / (2 * s['m']) * s['theta']**2,
          note='theta(2:end) read per element as theta')
R.formula(17, '(1/m', (1 / s['m'] * s['X'] * (h - s['y'])) + s['lambda'] / s['m'] * s['theta'])
R.write()

R = region('m_ejpaari_lrCostFunction', 'machine-learning-ex3/ex3/lrCostFunction.m', 26)
s = common(R, X=0.6, theta=0.9, y=0.7, length_y=10, **{'lambda': 0.5})
R.formula(19, 'sigmoid', sig(s['X'] * s['theta']))
h = R.define('h', sig(s['X'] * s['theta']))
R.formula(21, '1/m', 1 / s['m'] * (-s['y'] * log(h) - (1 - s['y']) * log(1 - h)) + s['lambda'] / (2 * s['m']) * s['theta']**2)
R.formula(22, '(1/m', (1 / s['m'] * s['X'] * (h - s['y'])) + s['lambda'] / s['m'] * s['theta'])
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
X = R.root('X', 0.6); th = R.root('theta', 0.9)
R.formula(13, 'X*', X * th)
R.reset(); X = R.root('X', 0.6); th = R.root('theta', 0.9)
hx = R.define('hx', X * th)
R.formula(16, 'sigmoidOctave', sig(hx), note='sigmoidOctave is the project\'s own sigmoid (another file)')
R.decline(19, 'i=1', 'a loop header')
R.reset(); J0 = R.root('Jtmp_0', 0.4); yi = R.root('y_i', 0.7); hi = R.root('h_i', 0.35)
R.formula(20, 'Jtmp+', J0 + (-yi * log(hi) - (1 - yi) * log(1 - hi)), note='y(i), h(i) are element names')
# after the loop: Jtmp and sum1 come from it (inputs); m = length(y) above it is followed
R.reset(); J = R.root('Jtmp', 2.5); ly = R.root('length_y', 10)
m = R.define('m', ly)
R.formula(22, '(1/m)', (1 / m) * J)
R.decline(27, "X(i,:)'", "a row of X: a vector")
R.reset(); s1 = R.root('sum1', 1.5); ly = R.root('length_y', 10)
m = R.define('m', ly)
R.formula(30, '(1/m)', (1 / m) * s1)
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
