# ai/easings.net src/easings/easingsFunctions.ts: module-level aliases (`const pow = Math.pow;`,
# `const sin = Math.sin;`), module constants defined through each other (c1 .. c5), methods of an
# object literal, conditionals over several lines, and a file function (bounceOut) with `x -= ...`.
from corpus import Region
from sympy import pi, sin, cos, sqrt, Rational as Q

R = Region('ts_easings_net', 'typescript', 'ai/easings.net', 'src/easings/easingsFunctions.ts',
           'd2563f0d32a511b5556774b838ec35c3a841b15d', 1, 149, 'ts')
R.decline(7, 'Math.pow', 'an alias of a function')
R.decline(1, 'EasingFunction', 'a type')
c1 = 1.70158
c2, c3 = c1 * 1.525, c1 + 1
c4, c5 = 2 * pi / 3, 2 * pi / 4.5


def one(line, col, f, at=0.3, defs=()):
    R.reset(); x = R.root('x', at)
    named = {}
    for name, val in defs:
        named[name] = R.define(name, val)
    R.formula(line, col, f(x, named))


def bounce(x, at):
    if at < 1 / 2.75: return 7.5625 * x * x
    if at < 2 / 2.75: return 7.5625 * (x - 1.5 / 2.75)**2 + 0.75
    if at < 2.5 / 2.75: return 7.5625 * (x - 2.25 / 2.75)**2 + 0.9375
    return 7.5625 * (x - 2.625 / 2.75)**2 + 0.984375


R.formula(13, 'c1 *', c1 * 1.525)
R.formula(15, '(2 *', 2 * pi / 3)
one(23, 'n1 *', lambda x, d: bounce(x, 0.3))
one(25, 'n1 *', lambda x, d: bounce(x, 0.5), 0.5)
one(27, 'n1 *', lambda x, d: bounce(x, 0.8), 0.8)
one(29, 'n1 *', lambda x, d: bounce(x, 0.95), 0.95)
one(36, 'x * x', lambda x, d: x * x)
one(39, '1 -', lambda x, d: 1 - (1 - x) * (1 - x))
one(42, '2 * x', lambda x, d: 2 * x * x)
one(42, '1 - pow', lambda x, d: 1 - (-2 * x + 2)**2 / 2, 0.7)
one(45, 'x * x', lambda x, d: x**3)
one(48, '1 - pow', lambda x, d: 1 - (1 - x)**3)
one(51, '4 * x', lambda x, d: 4 * x**3)
one(57, '1 - pow', lambda x, d: 1 - (1 - x)**4)
one(60, '1 - pow', lambda x, d: 1 - (-2 * x + 2)**4 / 2, 0.7)
one(66, '1 - pow', lambda x, d: 1 - (1 - x)**5)
one(72, '1 - cos', lambda x, d: 1 - cos((x * pi) / 2))
one(75, 'sin', lambda x, d: sin((x * pi) / 2))
one(78, '-(cos', lambda x, d: -(cos(pi * x) - 1) / 2)
one(81, 'pow', lambda x, d: 2**(10 * x - 10))
one(84, '1 - pow', lambda x, d: 1 - 2**(-10 * x))
one(92, 'pow', lambda x, d: 2**(20 * x - 10) / 2)
one(96, '1 - sqrt', lambda x, d: 1 - sqrt(1 - x**2))
one(99, 'sqrt', lambda x, d: sqrt(1 - (x - 1)**2))
one(103, '(1 - sqrt', lambda x, d: (1 - sqrt(1 - (2 * x)**2)) / 2)
one(107, 'c3 *', lambda x, d: c3 * x**3 - c1 * x * x, defs=[])
one(110, '1 +', lambda x, d: 1 + c3 * (x - 1)**3 + c1 * (x - 1)**2, defs=[])
one(114, '(pow', lambda x, d: ((2 * x)**2 * ((c2 + 1) * 2 * x - c2)) / 2, defs=[])
one(122, '-pow', lambda x, d: -2**(10 * x - 10) * sin((x * 10 - 10.75) * c4), defs=[])
one(129, 'pow', lambda x, d: 2**(-10 * x) * sin((x * 10 - 0.75) * c4) + 1, defs=[])
one(137, '-(pow', lambda x, d: -(2**(20 * x - 10) * sin((20 * x - 11.125) * c5)) / 2, defs=[])
one(141, '1 - bounceOut', lambda x, d: 1 - bounce(1 - x, 0.7))
one(146, '(1 - bounceOut', lambda x, d: (1 - bounce(1 - 2 * x, 0.4)) / 2)
R.write()
