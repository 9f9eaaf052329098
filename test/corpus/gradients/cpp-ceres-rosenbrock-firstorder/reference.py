import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from _corpus import run, vec, sp

EXT = 'cpp'
p0, p1 = vec('p', 2)
VARIABLES = [('parameters[0]', p0), ('parameters[1]', p1)]
PARAMS = [('parameters', 2)]
x, y = p0, p1
OBJECTIVE = (1 - x)**2 + 100 * (y - x * x)**2
PUBLISHED = {'parameters[0]': -2 * (1 - x) - 200 * (y - x * x) * 2 * x, 'parameters[1]': 200 * (y - x * x)}
POINTS = [[-1.2, 1.0], [0.5, 0.5], [2.0, 3.1]]
BUGS = {
    'bug1': dict(variable='parameters[0]', old='- 200.0 * (y - x * x) * 2.0 * x;', new='- 200.0 * (y - x * x) * 2.0;',
                 description='missing chain-rule factor x of d(x^2)/dx (2.0 kept, x lost)',
                 expr=-2 * (1 - x) - 200 * (y - x * x) * 2),
    'bug2': dict(variable='parameters[1]', old='gradient[1] = 200.0 * (y - x * x);', new='gradient[1] = 200.0 * (y - x);',
                 description='dropped square of x',
                 expr=200 * (y - x)),
}
run(globals())
