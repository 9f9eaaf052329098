# d3/d3-ease: module-level comma declarations (`var pi = Math.PI, halfPi = pi / 2;`), assignments
# inside expressions (`(t *= 2) <= 1 ? ...`, `--t * t * t`), helpers from another file (tpmt).
# Each file is its own region. `t` is the parameter; the values are d/dt of what the line returns.
from corpus import Region
from sympy import pi, sin, cos, sqrt, asin, Max, Rational as Q

C = '4099c6d715f55874ca4117d94cf4f071376bfb86'
REPO = 'd3/d3-ease'


def region(id, path, end, imports=None):
    return Region(id, 'javascript', REPO, path, C, 1, end, 'js', imports=imports)


R = region('js_d3ease_sin', 'src/sin.js', 14)
t = R.root('t', 0.3)
halfPi = pi / 2
R.formula(5, '1 - Math.cos', 1 - cos(t * halfPi), note='the conditional is on a point (+t === 1), the other branch is taken')
R.formula(9, 'Math.sin', sin(t * halfPi))
R.reset(); t = R.root('t', 0.3)
R.formula(13, '(1 - Math.cos', (1 - cos(pi * t)) / 2)
R.write()

R = region('js_d3ease_quad', 'src/quad.js', 11)
t = R.root('t', 0.3)
R.formula(2, 't * t', t * t)
R.formula(6, 't * (2', t * (2 - t))
R.formula(10, '((t *= 2)', (2 * t)**2 / 2, note='t *= 2 inside the condition: t is 0.6 after it, <= 1')
R.write()

R = region('js_d3ease_cubic', 'src/cubic.js', 11)
t = R.root('t', 0.3)
R.formula(2, 't * t', t**3)
R.formula(6, '--t', (t - 1)**3 + 1, note='--t decrements before the product')
R.formula(10, '((t *= 2)', (2 * t)**3 / 2)
R.write()

R = region('js_d3ease_circle', 'src/circle.js', 11)
t = R.root('t', 0.3)
R.formula(2, '1 - Math.sqrt', 1 - sqrt(1 - t * t))
R.formula(6, 'Math.sqrt', sqrt(1 - (t - 1)**2))
R.formula(10, '((t *= 2)', (1 - sqrt(1 - (2 * t)**2)) / 2)
R.write()

R = region('js_d3ease_poly', 'src/poly.js', 37)
R.decline(1, 'exponent', 'a number assigned: nothing to differentiate')
t = R.root('t', 0.3); e = R.root('e', 3)
R.formula(7, 'Math.pow', t**e)
R.formula(19, '1 - Math.pow', 1 - (1 - t)**e)
R.formula(31, '((t *= 2)', (2 * t)**e / 2)
R.decline(10, 'polyIn.exponent', 'a function assigned to a property')
R.write()

R = region('js_d3ease_back', 'src/back.js', 37)
t = R.root('t', 0.3); s = R.root('s', 1.70158)
R.formula(7, '(t = +t)', t * t * (s * (t - 1) + t))
R.formula(19, '--t', (t - 1) * (t - 1) * ((t - 1 + 1) * s + (t - 1)) + 1)
R.formula(31, '((t *= 2)', (2 * t) * (2 * t) * ((s + 1) * (2 * t) - s) / 2)
R.write()

R = region('js_d3ease_math', 'src/math.js', 4)
x = R.root('x', 0.3)
R.formula(3, '(Math.pow', (2**(-10 * x) - 0.0009765625) * 1.0009775171065494)
R.decline(1, 'tpmt is', 'prose comment')
R.write()

tpmt = lambda x: (2**(-10 * x) - 0.0009765625) * 1.0009775171065494

R = region('js_d3ease_exp', 'src/exp.js', 13, imports={'./math.js': 'js_d3ease_math.js'})
t = R.root('t', 0.3)
R.formula(4, 'tpmt', tpmt(1 - t), note='tpmt is imported from math.js')
R.formula(8, '1 - tpmt', 1 - tpmt(t))
R.formula(12, '((t *= 2)', tpmt(1 - 2 * t) / 2)
R.write()

b1, b2, b3, b4, b5, b6, b7, b8, b9 = Q(4, 11), Q(6, 11), Q(8, 11), Q(3, 4), Q(9, 11), Q(10, 11), Q(15, 16), Q(21, 22), Q(63, 64)
b0 = 1 / b1 / b1
R = region('js_d3ease_bounce', 'src/bounce.js', 22)
t = R.root('t', 0.3)


def bounceOut(t, at):
    # the branch taken at the point `at`
    if at < b1: return b0 * t * t
    if at < b3: return b0 * (t - b2)**2 + b4
    if at < b6: return b0 * (t - b5)**2 + b7
    return b0 * (t - b8)**2 + b9


R.formula(13, '1 - bounceOut', 1 - bounceOut(1 - t, 0.7))
R.formula(17, '(t = +t)', bounceOut(t, 0.3), note='b0..b9 are module constants of the comma declaration')
R.formula(21, '((t *= 2)', (1 - bounceOut(1 - 2 * t, 0.4)) / 2)
R.write()

R = region('js_d3ease_elastic', 'src/elastic.js', 46, imports={'./math.js': 'js_d3ease_math.js'})
tau = 2 * pi
t = R.root('t', 0.3)
# custom(a, p): the amplitude a = 1 default sits on asin(1/a)'s singularity, so a = 1.5 here;
# line 8 reassigns a = max(1, a) and p /= tau inside the expression: its inputs are the arguments
a = R.root('a', 1.5); p = R.root('p', 0.3)
R.formula(8, 'Math.asin', asin(1 / Max(1, a)) * (p / tau))
# in the nested functions a and p are the values after line 8: a = 1.5, p = 0.3 / tau
R.reset(); t = R.root('t', 0.3)
a = R.root('a', 1.5); p = R.root('p', 0.3 / (2 * 3.14159265358979323846264338327950288))
s = R.define('s', asin(1 / a) * p)
R.formula(11, 'a * tpmt', a * tpmt(-(t - 1)) * sin((s - (t - 1)) / p))
R.formula(24, '1 - a', 1 - a * tpmt(t) * sin((t + s) / p))
R.formula(37, '((t = t', a * tpmt(-(2 * t - 1)) * sin((s - (2 * t - 1)) / p) / 2)
R.write()
