import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from _corpus import run, vec, sp

x1, x2 = vec("x", 2, 1)
VARIABLES = [("x[1]", x1), ("x[2]", x2)]
PARAMS = [("x", 2)]
EXT = "jl"
OBJECTIVE = sp.sqrt(x2)
PUBLISHED = {'x[1]': sp.Integer(0), 'x[2]': sp.Rational(1, 2) / sp.sqrt(x2)}
POINTS = [[1.234, 5.678], [0.3, 0.25], [-2.0, 9.0]]
BUGS = {
    'bug1': dict(variable='x[2]', old='grad[2] = 0.5 / sqrt(x[2])', new='grad[2] = 0.5 / x[2]',
                 description='derivative of sqrt written without the square root',
                 expr=sp.Rational(1, 2) / x2),
    'bug2': dict(variable='x[2]', old='grad[2] = 0.5 / sqrt(x[2])', new='grad[2] = 1 / sqrt(x[2])',
                 description='dropped factor 1/2 of d sqrt(u) = du / (2 sqrt(u))',
                 expr=1 / sp.sqrt(x2)),
}
run(globals())
