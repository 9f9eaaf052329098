// Real published snippets, shared by the engine and CLI tests: SciPy's tutorial rosen/rosen_der,
// R's ?optim fr/grr, the Optim.jl docs' f/g!, the GSL multimin example, the NLopt C tutorial and
// MATLAB's fminunc example with [f, g] outputs.

export const SCIPY = `import numpy as np
from scipy.optimize import minimize

def rosen(x):
    """The Rosenbrock function"""
    return 100.0*(x[1] - x[0]**2.0)**2.0 + (1 - x[0])**2.0

def rosen_der(x):
    dfdx0 = -400.0*x[0]*(x[1] - x[0]**2) - 2*(1 - x[0])
    dfdx1 = 200.0*(x[1] - x[0]**2)
    return np.array([dfdx0, dfdx1], float)

x0 = np.array([-1.2, 1.0])
res = minimize(rosen, x0, method='BFGS', jac=rosen_der)
`;

export const R_OPTIM = `fr <- function(x) {   ## Rosenbrock Banana function
    x1 <- x[1]
    x2 <- x[2]
    100 * (x2 - x1 * x1)^2 + (1 - x1)^2
}
grr <- function(x) { ## Gradient of 'fr'
    x1 <- x[1]
    x2 <- x[2]
    c(-400 * x1 * (x2 - x1 * x1) - 2 * (1 - x1),
       200 *      (x2 - x1 * x1))
}
optim(c(-1.2,1), fr, grr, method = "BFGS")
`;

export const JULIA = `using Optim
f(x) = (1.0 - x[1])^2 + 100.0 * (x[2] - x[1]^2)^2
function g!(storage, x)
    storage[1] = -2.0 * (1.0 - x[1]) - 400.0 * (x[2] - x[1]^2) * x[1]
    storage[2] = 200.0 * (x[2] - x[1]^2)
end
x0 = [0.0, 0.0]
optimize(f, g!, x0, LBFGS())
`;

export const GSL = `double
my_f (const gsl_vector *v, void *params)
{
  double x, y;
  double *p = (double *)params;

  x = gsl_vector_get(v, 0);
  y = gsl_vector_get(v, 1);

  return p[2] * (x - p[0]) * (x - p[0]) +
           p[3] * (y - p[1]) * (y - p[1]) + p[4];
}

void
my_df (const gsl_vector *v, void *params,
       gsl_vector *df)
{
  double x, y;
  double *p = (double *)params;

  x = gsl_vector_get(v, 0);
  y = gsl_vector_get(v, 1);

  gsl_vector_set(df, 0, 2.0 * p[2] * (x - p[0]));
  gsl_vector_set(df, 1, 2.0 * p[3] * (y - p[1]));
}

int main (void) {
  gsl_multimin_function_fdf my_func;
  my_func.n = 2;
  my_func.f = my_f;
  my_func.df = my_df;
}
`;

export const NLOPT_C = `#include <math.h>
#include <nlopt.h>
double myfunc(unsigned n, const double *x, double *grad, void *my_func_data)
{
    if (grad) {
        grad[0] = 0.0;
        grad[1] = 0.5 / sqrt(x[1]);
    }
    return sqrt(x[1]);
}
int main() {
  nlopt_opt opt;
  nlopt_set_min_objective(opt, myfunc, NULL);
}
`;

export const MATLAB = `options = optimoptions('fminunc','Algorithm','trust-region','SpecifyObjectiveGradient',true);
x0 = [-1,2];
fun = @rosenbrockwithgrad;
x = fminunc(fun,x0,options)

function [f,g] = rosenbrockwithgrad(x)
% Calculate objective f
f = 100*(x(2) - x(1)^2)^2 + (1-x(1))^2;

if nargout > 1 % gradient required
    g = [-400*(x(2)-x(1)^2)*x(1)-2*(1-x(1));
        200*(x(2)-x(1)^2)];
end
end
`;
