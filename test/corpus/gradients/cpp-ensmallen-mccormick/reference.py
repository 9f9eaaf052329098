import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from _corpus import run, vec, sp

c0, c1 = vec("c", 2)
VARIABLES = [("coordinates(0)", c0), ("coordinates(1)", c1)]
PARAMS = [("coordinates", 2)]
EXT = "cpp"
x1, x2 = c0, c1
R = sp.Rational
OBJECTIVE = sp.sin(x1 + x2) + (x1 - x2)**2 - R(3, 2) * x1 + R(5, 2) * x2 + 1
PUBLISHED = {'coordinates(0)': sp.cos(x1 + x2) + 2 * x1 - 2 * x2 - R(3, 2),
             'coordinates(1)': sp.cos(x1 + x2) - 2 * x1 + 2 * x2 + R(5, 2)}
POINTS = [[-2.0, 4.0], [0.5, -1.3], [-0.547, -1.547]]
BUGS = {
    'bug1': dict(variable='coordinates(0)', old='gradient(0) = std::cos(x1 + x2) + 2 * x1', new='gradient(0) = -std::cos(x1 + x2) + 2 * x1',
                 description='derivative of sin taken as -cos',
                 expr=-sp.cos(x1 + x2) + 2 * x1 - 2 * x2 - R(3, 2)),
    'bug2': dict(variable='coordinates(1)', old='- 2 * x1 + 2 * x2 + ElemType(2.5);', new='- 2 * x1 + 2 * x2 - ElemType(2.5);',
                 description='sign of the linear coefficient 2.5 flipped',
                 expr=sp.cos(x1 + x2) - 2 * x1 + 2 * x2 - R(5, 2)),
}
run(globals())
