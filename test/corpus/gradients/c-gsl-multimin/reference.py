import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from _corpus import run, vec, sp

EXT = 'c'
v0, v1 = vec('v', 2)
VARIABLES = [('gsl_vector_get(v, 0)', v0), ('gsl_vector_get(v, 1)', v1)]
PARAMS = [('v', 2)]
P = [1.0, 2.0, 10.0, 20.0, 30.0]    # par[5] of main, passed as my_func.params
DATA_JSON = {'p': P}
x, y = v0, v1
OBJECTIVE = P[2] * (x - P[0])**2 + P[3] * (y - P[1])**2 + P[4]
PUBLISHED = {'gsl_vector_get(v, 0)': 2 * P[2] * (x - P[0]), 'gsl_vector_get(v, 1)': 2 * P[3] * (y - P[1])}
POINTS = [[5.0, 7.0], [-1.5, 0.5], [0.8, 3.3]]
BUGS = {
    'bug1': dict(variable='gsl_vector_get(v, 1)', old='gsl_vector_set(df, 1, 2.0 * p[3] * (y - p[1]));',
                 new='gsl_vector_set(df, 1, 2.0 * p[2] * (y - p[1]));',
                 description='wrong parameter index: scale p[2] (of x) used for y',
                 expr=2 * P[2] * (y - P[1])),
    'bug2': dict(variable='gsl_vector_get(v, 0)', old='gsl_vector_set(df, 0, 2.0 * p[2] * (x - p[0]));',
                 new='gsl_vector_set(df, 0, p[2] * (x - p[0]));',
                 description='dropped factor 2 of the square',
                 expr=P[2] * (x - P[0])),
}
run(globals())
