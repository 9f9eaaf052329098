import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from _corpus import run, vec, sp

EXT = 'R'
x1, x2, x3, x4 = vec('x', 4, 1)
VARIABLES = [('x[1]', x1), ('x[2]', x2), ('x[3]', x3), ('x[4]', x4)]
PARAMS = [('x', 4)]
OBJECTIVE = x1 * x4 * (x1 + x2 + x3) + x3
PUBLISHED = {'x[1]': x1 * x4 + x4 * (x1 + x2 + x3), 'x[2]': x1 * x4, 'x[3]': x1 * x4 + 1,
             'x[4]': x1 * (x1 + x2 + x3)}
POINTS = [[1, 5, 5, 1], [1.5, 4.2, 3.1, 2.2], [4.9, 1.3, 2.7, 1.8]]
BUGS = {
    'bug1': dict(variable='x[1]', old='      x[1] * x[4] + x[4] * (x[1] + x[2] + x[3]),', new='      x[4] * (x[1] + x[2] + x[3]),',
                 description='product rule half forgotten: the x[1] * x[4] term of d/dx[1] dropped',
                 expr=x4 * (x1 + x2 + x3)),
    'bug2': dict(variable='x[3]', old='      x[1] * x[4] + 1,', new='      x[1] * x[4],',
                 description='the derivative of the trailing + x3 term forgotten',
                 expr=x1 * x4),
}
run(globals())
