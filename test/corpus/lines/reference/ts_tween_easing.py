# tweenjs/tween.js src/Easing.ts: object-literal methods, `if ((amount *= 2) < 1) { return ... }`,
# `--amount` and `(amount -= 2)` inside expressions, calls of sibling methods (Easing.Bounce.Out).
from corpus import Region
from sympy import pi, sin, sqrt, Rational as Q

R = Region('ts_tween_easing', 'typescript', 'tweenjs/tween.js', 'src/Easing.ts',
           '20079e65f77bb2b8e52cc9d7dbed044b86e537d3', 1, 243, 'ts')
R.decline(1, 'EasingFunction =', 'a type')
R.decline(13, 'Object.freeze', 'an object literal')


def plain(line, col, f, at=0.3, **kw):
    R.reset(); a = R.root('amount', at)
    R.formula(line, col, f(a), **kw)


def doubled(line, col, f, at):
    """After `if ((amount *= 2) < 1)`: amount is 2 * amount_0."""
    R.reset(); a0 = R.root('amount_0', at)
    a = R.define('amount', 2 * a0)
    R.formula(line, col, f(a))


for n, line in [(2, 31), (3, 47), (4, 62), (5, 78)]:
    plain(line, 'amount', lambda a, n=n: a**n)
plain(34, 'amount', lambda a: a * (2 - a))
doubled(38, '0.5', lambda a: Q(1, 2) * a * a, 0.3)
doubled(41, '-0.5', lambda a: -Q(1, 2) * ((a - 1) * (a - 1 - 2) - 1), 0.7)
plain(50, '--amount', lambda a: (a - 1)**3 + 1)
doubled(54, '0.5', lambda a: Q(1, 2) * a**3, 0.3)
doubled(56, '0.5', lambda a: Q(1, 2) * ((a - 2)**3 + 2), 0.7)
plain(65, '1 -', lambda a: 1 - (a - 1)**4)
doubled(69, '0.5', lambda a: Q(1, 2) * a**4, 0.3)
doubled(72, '-0.5', lambda a: -Q(1, 2) * ((a - 2)**4 - 2), 0.7)
plain(81, '--amount', lambda a: (a - 1)**5 + 1)
doubled(85, '0.5', lambda a: Q(1, 2) * a**5, 0.3)
doubled(88, '0.5', lambda a: Q(1, 2) * ((a - 2)**5 + 2), 0.7)
plain(94, '1 -', lambda a: 1 - sin(((1 - a) * pi) / 2))
plain(97, 'Math.sin', lambda a: sin((a * pi) / 2))
plain(100, '0.5', lambda a: Q(1, 2) * (1 - sin(pi * (Q(1, 2) - a))))
plain(106, 'amount ===', lambda a: 1024**(a - 1))
plain(109, 'amount ===', lambda a: 1 - 2**(-10 * a))
doubled(121, '0.5', lambda a: Q(1, 2) * 1024**(a - 1), 0.3)
doubled(124, '0.5', lambda a: Q(1, 2) * (-2**(-10 * (a - 1)) + 2), 0.7)
plain(130, '1 -', lambda a: 1 - sqrt(1 - a * a))
plain(133, 'Math.sqrt', lambda a: sqrt(1 - (a - 1)**2))
doubled(137, '-0.5', lambda a: -Q(1, 2) * (sqrt(1 - a * a) - 1), 0.3)
doubled(139, '0.5', lambda a: Q(1, 2) * (sqrt(1 - (a - 2)**2) + 1), 0.7)
plain(153, '-Math.pow', lambda a: -2**(10 * (a - 1)) * sin((a - Q(11, 10)) * 5 * pi))
plain(163, 'Math.pow', lambda a: 2**(-10 * a) * sin((a - Q(1, 10)) * 5 * pi) + 1)
R.reset(); a0 = R.root('amount_0', 0.3)
R.formula(174, 'amount *= 2', 2 * a0, note='the update reads the amount before it')
doubled(177, '-0.5', lambda a: -Q(1, 2) * 2**(10 * (a - 1)) * sin((a - Q(11, 10)) * 5 * pi), 0.3)
doubled(180, '0.5', lambda a: Q(1, 2) * 2**(-10 * (a - 1)) * sin((a - Q(11, 10)) * 5 * pi) + 1, 0.7)
s1 = 1.70158
plain(187, 'amount ===', lambda a: a * a * ((s1 + 1) * a - s1))
plain(191, 'amount ===', lambda a: (a - 1) * (a - 1) * ((s1 + 1) * (a - 1) + s1) + 1)
R.reset(); a0 = R.root('amount_0', 0.3)
s = 1.70158 * 1.525
a = R.define('amount', 2 * a0)
R.formula(196, '0.5', Q(1, 2) * (a * a * ((s + 1) * a - s)))
R.reset(); a0 = R.root('amount_0', 0.7)
s = 1.70158 * 1.525
a = R.define('amount', 2 * a0)
R.formula(198, '0.5', Q(1, 2) * ((a - 2) * (a - 2) * ((s + 1) * (a - 2) + s) + 2))


def bounce_out(a, at):
    if at < 1 / 2.75: return 7.5625 * a * a
    if at < 2 / 2.75: return 7.5625 * (a - 1.5 / 2.75)**2 + 0.75
    if at < 2.5 / 2.75: return 7.5625 * (a - 2.25 / 2.75)**2 + 0.9375
    return 7.5625 * (a - 2.625 / 2.75)**2 + 0.984375


plain(204, '1 -', lambda a: 1 - bounce_out(1 - a, 0.7), note='Easing.Bounce.Out is the sibling method')
plain(208, '7.5625', lambda a: bounce_out(a, 0.3), at=0.3)
plain(210, '7.5625', lambda a: bounce_out(a, 0.5), at=0.5)
plain(212, '7.5625', lambda a: bounce_out(a, 0.8), at=0.8)
plain(214, '7.5625', lambda a: bounce_out(a, 0.95), at=0.95)
plain(219, 'Easing', lambda a: (1 - bounce_out(1 - a * 2, 0.6)) * Q(1, 2), at=0.2)
plain(221, 'Easing', lambda a: bounce_out(a * 2 - 1, 0.4) * Q(1, 2) + Q(1, 2), at=0.7)
# generatePow(power = 4): power is clamped (lines 226-227, identities inside the bounds); the
# nested methods close over the clamped power
R.reset(); p0 = R.root('power_0', 4)
R.formula(226, 'power <', p0, note='power < EPSILON is false at 4')
R.reset(); a = R.root('amount', 0.3); pw = R.root('power', 4)
R.formula(230, 'amount', a**pw)
R.formula(233, '1 -', 1 - (1 - a)**pw)
R.formula(237, '(amount', (a * 2)**pw / 2)
R.reset(); a = R.root('amount', 0.7); pw = R.root('power', 4)
R.formula(239, '(1 -', (1 - (2 - a * 2)**pw) / 2 + Q(1, 2))
R.write()
