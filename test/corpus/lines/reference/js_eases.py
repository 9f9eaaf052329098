# mattdesl/eases (one easing per file, `var s = 1.70158 * 1.525`, nested ternaries over several
# lines, `if ((t *= 2) < 1) return ...`) and bo4arovpavel1989/XOR (arrow functions calling each other).
from corpus import Region
from sympy import sin, cos, sqrt, pi, exp, Rational as Q

C = '4eb8bc4c7ea4ed98b075c899cb5867461de4330a'


def region(id, path, end):
    return Region(id, 'javascript', 'mattdesl/eases', path, C, 1, end, 'js')


R = region('js_eases_back_in_out', 'back-in-out.js', 8)
t0 = R.root('t_0', 0.3)
s = 1.70158 * 1.525
t = R.define('t', 2 * t0)
R.formula(4, '0.5', Q(1, 2) * (t * t * ((s + 1) * t - s)))
R.reset(); t0 = R.root('t_0', 0.7)
s = 1.70158 * 1.525
t = R.define('t', 2 * t0)
R.formula(5, '0.5', Q(1, 2) * ((t - 2) * (t - 2) * ((s + 1) * (t - 2) + s) + 2))
R.decline(8, 'module.exports', 'an export')
R.write()

R = region('js_eases_back_in', 'back-in.js', 6)
t = R.root('t', 0.3)
R.formula(3, 't * t', t * t * ((1.70158 + 1) * t - 1.70158))
R.write()

R = region('js_eases_bounce_out', 'bounce-out.js', 21)
ca, cb, cc = 4356.0 / 361.0, 35442.0 / 1805.0, 16061.0 / 1805.0
for line, at, f in [(13, 0.3, lambda t: 7.5625 * t * t), (15, 0.5, lambda t: 9.075 * t * t - 9.9 * t + 3.4),
                    (17, 0.8, lambda t: ca * t * t - cb * t + cc), (18, 0.95, lambda t: 10.8 * t * t - 20.52 * t + 10.72)]:
    R.reset(); t = R.root('t', at)
    t2 = R.define('t2', t * t)
    expr = f(t).subs(t * t, t2) if line != 18 else f(t)
    R.formula(line, '>? ' if line != 18 else '>: ', expr, note='a branch of the nested conditional')
R.reset(); t = R.root('t', 0.3)
R.formula(10, 't * t', t * t)
R.write()

R = region('js_eases_circ_in_out', 'circ-in-out.js', 6)
t0 = R.root('t_0', 0.3)
t = R.define('t', 2 * t0)
R.formula(2, '-0.5', -Q(1, 2) * (sqrt(1 - t * t) - 1))
R.reset(); t0 = R.root('t_0', 0.7)
t = R.define('t', 2 * t0)
R.formula(3, '0.5', Q(1, 2) * (sqrt(1 - (t - 2)**2) + 1))
R.write()

R = region('js_eases_elastic_in_out', 'elastic-in-out.js', 7)
t = R.root('t', 0.3)
R.formula(3, '0.5', Q(1, 2) * sin(13 * pi / 2 * 2 * t) * 2**(10 * (2 * t - 1)))
R.reset(); t = R.root('t', 0.7)
R.formula(4, '0.5', Q(1, 2) * sin(-13 * pi / 2 * ((2 * t - 1) + 1)) * 2**(-10 * (2 * t - 1)) + 1)
R.write()

R = region('js_eases_elastic_out', 'elastic-out.js', 5)
t = R.root('t', 0.3)
R.formula(2, 'Math.sin', sin(-13 * (t + 1) * pi / 2) * 2**(-10 * t) + 1)
R.write()

R = region('js_eases_expo_in_out', 'expo-in-out.js', 9)
t = R.root('t', 0.3)
R.formula(5, '+0.5', Q(1, 2) * 2**((20 * t) - 10))
R.reset(); t = R.root('t', 0.7)
R.formula(6, '-0.5', -Q(1, 2) * 2**(10 - (t * 20)) + 1)
R.write()

R = region('js_eases_quart_in_out', 'quart-in-out.js', 7)
t = R.root('t', 0.3)
R.formula(3, '+8.0', 8 * t**4)
R.reset(); t = R.root('t', 0.7)
R.formula(4, '-8.0', -8 * (t - 1)**4 + 1)
R.write()

R = region('js_eases_sine_in_out', 'sine-in-out.js', 5)
t = R.root('t', 0.3)
R.formula(2, '-0.5', -Q(1, 2) * (cos(pi * t) - 1))
R.write()

R = Region('js_xor_sigmoid', 'javascript', 'bo4arovpavel1989/XOR', 'sigmoid.js',
           'a951d0c4b1ecb108df319c0375477dce27af468a', 1, 8, 'js')
x = R.root('x', 0.4)
sig = 1 / (1 + exp(-x))
R.formula(1, '1 /', sig)
R.formula(3, 'activation_sigmoid', sig)
fx = R.define('fx', sig)
R.formula(4, 'fx *', fx * (1 - fx))
R.decline(7, 'module.exports', 'an export')
R.write()
