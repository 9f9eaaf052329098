import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from _corpus import run, vec, sp

c0, c1 = vec("c", 2)
VARIABLES = [("coordinates(0)", c0), ("coordinates(1)", c1)]
PARAMS = [("coordinates", 2)]
EXT = "cpp"
x1, x2 = c0, c1
R = sp.Rational
OBJECTIVE = (R(3, 2) - x1 + x1 * x2)**2 + (R(9, 4) - x1 + x1 * x2**2)**2 + (R(21, 8) - x1 + x1 * x2**3)**2
PUBLISHED = {
    'coordinates(0)': (2 * x2 - 2) * (x1 * x2 - x1 + R(3, 2)) + (2 * x2**2 - 2) * (x1 * x2**2 - x1 + R(9, 4))
                      + (2 * x2**3 - 2) * (x1 * x2**3 - x1 + R(21, 8)),
    'coordinates(1)': 6 * x1 * x2**2 * (x1 * x2**3 - x1 + R(21, 8)) + 4 * x1 * x2 * (x1 * x2**2 - x1 + R(9, 4))
                      + 2 * x1 * (x1 * x2 - x1 + R(3, 2)),
}
POINTS = [[2.8, 0.35], [-1.0, 1.2], [3.5, -0.6]]
BUGS = {
    'bug1': dict(variable='coordinates(0)', old='((2 * x2Sq - 2) * (x1 * x2Sq - x1 + ElemType(2.25))) +',
                 new='((2 * x2 - 2) * (x1 * x2Sq - x1 + ElemType(2.25))) +', marker='gradient(0) =',
                 description='x2 where x2Sq belongs in the second term of gradient(0) (continuation line)',
                 expr=(2 * x2 - 2) * (x1 * x2 - x1 + R(3, 2)) + (2 * x2 - 2) * (x1 * x2**2 - x1 + R(9, 4))
                      + (2 * x2**3 - 2) * (x1 * x2**3 - x1 + R(21, 8))),
    'bug2': dict(variable='coordinates(1)', old='(4 * x1 * x2 * (x1 * x2Sq - x1 + ElemType(2.25))) +',
                 new='(2 * x1 * x2 * (x1 * x2Sq - x1 + ElemType(2.25))) +', marker='gradient(1) =',
                 description='dropped factor 2 of the square in the middle term of gradient(1)',
                 expr=6 * x1 * x2**2 * (x1 * x2**3 - x1 + R(21, 8)) + 2 * x1 * x2 * (x1 * x2**2 - x1 + R(9, 4))
                      + 2 * x1 * (x1 * x2 - x1 + R(3, 2))),
}
run(globals())
