# warrenm/AHEasing AHEasing/easing.c: easing functions with `AHFloat f = (p - 1);` locals, M_PI_2,
# branches, a helper of the file (BounceEaseOut), and the formulas of the comments (`y = x^3`,
# `y = (1/2)((2x)^2) ; [0, 0.5)` with implicit products) in x.
from corpus import Region
from sympy import sin, cos, sqrt, pi, Rational as Q

R = Region('c_ahEasing', 'c', 'warrenm/AHEasing', 'AHEasing/easing.c',
           '82d85f7183e207bf4405d427a723a8a85406ddf4', 1, 330, 'c')
R.decline(29, 'math.h', 'an include')
R.decline(30, 'easing.h', 'an include')


def plain(line, col, f, at=0.3, name='p'):
    R.reset(); p = R.root(name, at)
    R.formula(line, col, f(p))


def local(line_f, line_r, fdef, fret, at=0.3):
    """`AHFloat f = fdef(p);` then `return fret(f, p);`."""
    R.reset(); p = R.root('p', at)
    R.formula(line_f, '= ', fdef(p))
    f = R.define('f', fdef(p))
    R.formula(line_r, '>return ', fret(f, p))


cm = lambda line, col, f, at=0.3: plain(line, col, f, at, 'x')
cm(38, 'x^2', lambda x: x**2)
cm(44, '-x^2', lambda x: -x**2 + 2 * x)
cm(51, '(1/2)', lambda x: Q(1, 2) * (2 * x)**2)
cm(52, '-(1/2)', lambda x: -Q(1, 2) * ((2 * x - 1) * (2 * x - 3) - 1), 0.7)
plain(41, 'p * p', lambda p: p * p)
plain(47, '-(p', lambda p: -(p * (p - 2)))
plain(57, '2 *', lambda p: 2 * p * p)
plain(61, '(-2', lambda p: (-2 * p * p) + (4 * p) - 1, 0.7)
cm(65, 'x^3', lambda x: x**3)
plain(68, 'p * p', lambda p: p**3)
cm(71, '(x - 1)', lambda x: (x - 1)**3 + 1)
local(74, 75, lambda p: p - 1, lambda f, p: f**3 + 1)
cm(79, '(1/2)', lambda x: Q(1, 2) * (2 * x)**3)
cm(80, '(1/2)', lambda x: Q(1, 2) * ((2 * x - 2)**3 + 2), 0.7)
plain(85, '4 *', lambda p: 4 * p**3)
local(89, 90, lambda p: 2 * p - 2, lambda f, p: Q(1, 2) * f**3 + 1, 0.7)
cm(94, 'x^4', lambda x: x**4)
plain(97, 'p * p', lambda p: p**4)
cm(100, '1 -', lambda x: 1 - (x - 1)**4)
local(103, 104, lambda p: p - 1, lambda f, p: f**3 * (1 - p) + 1)
cm(108, '(1/2)', lambda x: Q(1, 2) * (2 * x)**4)
cm(109, '-(1/2)', lambda x: -Q(1, 2) * ((2 * x - 2)**4 - 2), 0.7)
plain(114, '8 *', lambda p: 8 * p**4)
local(118, 119, lambda p: p - 1, lambda f, p: -8 * f**4 + 1, 0.7)
cm(123, 'x^5', lambda x: x**5)
plain(126, 'p * p', lambda p: p**5)
cm(129, '(x - 1)', lambda x: (x - 1)**5 + 1)
local(132, 133, lambda p: p - 1, lambda f, p: f**5 + 1)
cm(137, '(1/2)', lambda x: Q(1, 2) * (2 * x)**5)
cm(138, '(1/2)', lambda x: Q(1, 2) * ((2 * x - 2)**5 + 2), 0.7)
plain(143, '16 *', lambda p: 16 * p**5)
local(147, 148, lambda p: 2 * p - 2, lambda f, p: Q(1, 2) * f**5 + 1, 0.7)
plain(155, 'sin', lambda p: sin((p - 1) * pi / 2) + 1)
plain(161, 'sin', lambda p: sin(p * pi / 2))
plain(167, '0.5', lambda p: Q(1, 2) * (1 - cos(p * pi)))
plain(173, '1 -', lambda p: 1 - sqrt(1 - p * p))
plain(179, 'sqrt', lambda p: sqrt((2 - p) * p))
cm(183, '(1/2)', lambda x: Q(1, 2) * (1 - sqrt(1 - 4 * x**2)))
cm(184, '(1/2)', lambda x: Q(1, 2) * (sqrt(-(2 * x - 3) * (2 * x - 1)) + 1), 0.7)
plain(189, '0.5', lambda p: Q(1, 2) * (1 - sqrt(1 - 4 * (p * p))))
plain(193, '0.5', lambda p: Q(1, 2) * (sqrt(-((2 * p) - 3) * ((2 * p) - 1)) + 1), 0.7)
cm(197, '2^', lambda x: 2**(10 * (x - 1)))
plain(200, '(p ==', lambda p: 2**(10 * (p - 1)))
cm(203, '-2^', lambda x: -2**(-10 * x) + 1)
plain(206, '(p ==', lambda p: 1 - 2**(-10 * p))
cm(210, '(1/2)', lambda x: Q(1, 2) * 2**(10 * (2 * x - 1)))
cm(211, '-(1/2)', lambda x: -Q(1, 2) * 2**(-10 * (2 * x - 1)) + 1, 0.7)
plain(218, '0.5', lambda p: Q(1, 2) * 2**((20 * p) - 10))
plain(222, '-0.5', lambda p: -Q(1, 2) * 2**((-20 * p) + 10) + 1, 0.7)
cm(226, 'sin(13pi', lambda x: sin(13 * pi / 2 * x) * 2**(10 * (x - 1)))
plain(229, 'sin', lambda p: sin(13 * pi / 2 * p) * 2**(10 * (p - 1)))
cm(232, 'sin(-13pi', lambda x: sin(-13 * pi / 2 * (x + 1)) * 2**(-10 * x) + 1)
plain(235, 'sin', lambda p: sin(-13 * pi / 2 * (p + 1)) * 2**(-10 * p) + 1)
cm(239, '(1/2)', lambda x: Q(1, 2) * sin(13 * pi / 2 * (2 * x)) * 2**(10 * ((2 * x) - 1)))
cm(240, '(1/2)', lambda x: Q(1, 2) * (sin(-13 * pi / 2 * ((2 * x - 1) + 1)) * 2**(-10 * (2 * x - 1)) + 2), 0.7)
plain(245, '0.5', lambda p: Q(1, 2) * sin(13 * pi / 2 * (2 * p)) * 2**(10 * ((2 * p) - 1)))
plain(249, '0.5', lambda p: Q(1, 2) * (sin(-13 * pi / 2 * ((2 * p - 1) + 1)) * 2**(-10 * (2 * p - 1)) + 2), 0.7)
cm(253, 'x^3', lambda x: x**3 - x * sin(x * pi))
plain(256, 'p * p', lambda p: p**3 - p * sin(p * pi))
cm(259, '1-((1', lambda x: 1 - ((1 - x)**3 - (1 - x) * sin((1 - x) * pi)))
local(262, 263, lambda p: 1 - p, lambda f, p: 1 - (f**3 - f * sin(f * pi)))
cm(267, '(1/2)', lambda x: Q(1, 2) * ((2 * x)**3 - (2 * x) * sin(2 * x * pi)))
cm(268, '(1/2)', lambda x: Q(1, 2) * (1 - ((1 - x)**3 - (1 - x) * sin((1 - x) * pi)) + 1), 0.7)
local(273, 274, lambda p: 2 * p, lambda f, p: Q(1, 2) * (f**3 - f * sin(f * pi)))
local(278, 279, lambda p: 1 - (2 * p - 1), lambda f, p: Q(1, 2) * (1 - (f**3 - f * sin(f * pi))) + Q(1, 2), 0.7)


def bounce_out(p, at):
    if at < 4 / 11.0: return (121 * p * p) / 16
    if at < 8 / 11.0: return (Q(363, 40) * p * p) - (Q(99, 10) * p) + Q(17, 5)
    if at < 9 / 10.0: return (Q(4356, 361) * p * p) - (Q(35442, 1805) * p) + Q(16061, 1805)
    return (Q(54, 5) * p * p) - (Q(513, 25) * p) + Q(268, 25)


plain(285, '1 -', lambda p: 1 - bounce_out(1 - p, 0.7))
plain(292, '(121', lambda p: bounce_out(p, 0.3))
plain(296, '(363', lambda p: bounce_out(p, 0.5), 0.5)
plain(300, '(4356', lambda p: bounce_out(p, 0.8), 0.8)
plain(304, '(54', lambda p: bounce_out(p, 0.95), 0.95)
plain(312, '0.5', lambda p: Q(1, 2) * (1 - bounce_out(1 - 2 * p, 0.4)), 0.3)
plain(316, '0.5', lambda p: Q(1, 2) * bounce_out(p * 2 - 1, 0.4) + Q(1, 2), 0.7)
R.write()
