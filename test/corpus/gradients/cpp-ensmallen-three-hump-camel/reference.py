import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from _corpus import run, vec, sp

c0, c1 = vec("c", 2)
VARIABLES = [("coordinates(0)", c0), ("coordinates(1)", c1)]
PARAMS = [("coordinates", 2)]
EXT = "cpp"
x1, x2 = c0, c1
R = sp.Rational
OBJECTIVE = 2 * x1**2 - R(105, 100) * x1**4 + x1**6 / 6 + x1 * x2 + x2**2
PUBLISHED = {'coordinates(0)': x1**5 - R(42, 10) * x1**3 + 4 * x1 + x2, 'coordinates(1)': x1 + 2 * x2}
POINTS = [[1.0, 1.0], [-1.7, 0.4], [0.6, -2.2]]
BUGS = {
    'bug1': dict(variable='coordinates(0)', old='(ElemType(4.2) * std::pow(x1, ElemType(3))) + (4 * x1) + x2;',
                 new='(ElemType(4.2) * std::pow(x1, ElemType(3))) + (2 * x1) + x2;', marker='gradient(0) =',
                 description='derivative of 2 x1^2 written 2 x1 (factor 2 dropped), on the continuation line',
                 expr=x1**5 - R(42, 10) * x1**3 + 2 * x1 + x2),
    'bug2': dict(variable='coordinates(1)', old='gradient(1) = x1 + (2 * x2);', new='gradient(1) = x2 + (2 * x2);',
                 description='wrong variable: d(x1 x2)/dx2 written as x2',
                 expr=x2 + 2 * x2),
}
run(globals())
