#include <math.h>
#include <stdio.h>
#include <string.h>  // For NULL
#include "ceres/c_api.h"

int num_observations = 3;
double data[] = {
  0.000000e+00, 1.133898e+00,
  7.500000e-02, 1.334902e+00,
  1.500000e-01, 1.213546e+00,
};

/* This is the equivalent of a use-defined CostFunction in the C++ Ceres API.
 * This is passed as a callback to the Ceres C API, which internally converts
 * the callback into a CostFunction. */
int exponential_residual(void* user_data,
                         double** parameters,
                         double* residuals,
                         double** jacobians) {
  double* measurement = (double*) user_data;
  double x = measurement[0];
  double y = measurement[1];
  double m = parameters[0][0];
  double c = parameters[1][0];

  residuals[0] = y - exp(m * x + c);
  if (jacobians == NULL) {
    return 1;
  }
  if (jacobians[0] != NULL) {
    jacobians[0][0] = - m * exp(m * x + c);  /* dr/dm */
  }
  if (jacobians[1] != NULL) {
    jacobians[1][0] =     - exp(m * x + c);  /* dr/dc */
  }
  return 1;
}

int main(int argc, char** argv) {
  ceres_init();

  double m = 0.0;
  double c = 0.0;
  double *parameter_pointers[] = { &m, &c };
  int parameter_sizes[] = { 1, 1 };

  ceres_problem_t* problem = ceres_create_problem();
  for (int i = 0; i < num_observations; ++i) {
    ceres_problem_add_residual_block(
        problem,
        exponential_residual,  /* Cost function */
        &data[2 * i],          /* Points to the (x,y) measurement */
        NULL,                  /* No loss function */
        NULL,                  /* No loss function user data */
        1,                     /* Number of residuals */
        2,                     /* Number of parameter blocks */
        parameter_sizes,
        parameter_pointers);
  }

  ceres_solve(problem);
  printf("Final m: %g, c: %g\n", m, c);
  return 0;
}
