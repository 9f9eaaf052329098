import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from _corpus import run, vec, sp

x1, x2 = vec("x", 2, 1)
VARIABLES = [("x(1)", x1), ("x(2)", x2)]
PARAMS = [("x", 2)]
EXT = "m"
OBJECTIVE = sp.sqrt(x2)
PUBLISHED = {'x(1)': sp.Integer(0), 'x(2)': sp.Rational(1, 2) / sp.sqrt(x2)}
POINTS = [[1.234, 5.678], [0.5, 0.09], [-3.0, 2.5]]
BUGS = {
    'bug1': dict(variable='x(2)', old='gradient = [0, 0.5 / val];', new='gradient = [0, 0.5 * val];',
                 description='divides where it should multiply: 0.5 * sqrt(x(2)) instead of 0.5 / sqrt(x(2))',
                 expr=sp.Rational(1, 2) * sp.sqrt(x2)),
    'bug2': dict(variable='x(2)', old='gradient = [0, 0.5 / val];', new='gradient = [0, 0.5 / x(2)];',
                 description='the square root forgotten in the denominator',
                 expr=sp.Rational(1, 2) / x2),
}
run(globals())
