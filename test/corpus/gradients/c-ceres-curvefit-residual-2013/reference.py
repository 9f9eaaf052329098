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
EXPECT_ORIGINAL_WRONG = True   # published as dr/dm = -m * exp(m x + c); the derivative is -x * exp(m x + c)
PUBLISHED = {'parameters[0][0]': -m * sp.exp(m * X + c), 'parameters[1][0]': -sp.exp(m * X + c)}
BUGS = {
    'bug1': dict(variable='parameters[1][0]', old='jacobians[1][0] =     - exp(m * x + c);', new='jacobians[1][0] =     - exp(m * x);',
                 description='the offset c dropped from the exponent',
                 expr=-sp.exp(m * X)),
    'bug2': dict(variable='parameters[1][0]', old='jacobians[1][0] =     - exp(m * x + c);', new='jacobians[1][0] =     - x * exp(m * x + c);',
                 description='dr/dm copied into dr/dc',
                 expr=-X * sp.exp(m * X + c)),
}
run(globals())
