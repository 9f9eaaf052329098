import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from _corpus import run, vec, sp

EXT = "c"
m, c = sp.symbols("m c", real=True)
VARIABLES = [("parameters[0][0]", m), ("parameters[1][0]", c)]
PARAMS = [("parameters", [1, 1])]
X, Y = 0.075, 1.334902        # user_data = &data[2 * 1]: the second (x, y) measurement
DATA_JSON = {"user_data": [X, Y]}
OBJECTIVE = Y - sp.exp(m * X + c)     # residuals[0]: the function whose gradient jacobians[k][0] hold
POINTS = [[0.0, 0.0], [0.3, 0.1], [-1.2, 0.8]]
PUBLISHED = {'parameters[0][0]': -X * sp.exp(m * X + c), 'parameters[1][0]': -sp.exp(m * X + c)}
BUGS = {
    'bug1': dict(variable='parameters[0][0]', old='jacobians[0][0] = - x * exp(m * x + c);', new='jacobians[0][0] = - m * exp(m * x + c);',
                 description='the parameter m written where the chain-rule factor is the data x (the very slip of the 2013 version of this file)',
                 expr=-m * sp.exp(m * X + c)),
    'bug2': dict(variable='parameters[1][0]', old='jacobians[1][0] =     - exp(m * x + c);', new='jacobians[1][0] =     exp(m * x + c);',
                 description='sign of the residual y - exp(...) lost',
                 expr=sp.exp(m * X + c)),
}
run(globals())
