#include <stdio.h>
#include <math.h>

#define UNUSED(x) (void) x

static double sqr(double x)
{
    return x * x;
}

int testfuncs_verbose = 0;
int testfuncs_counter = 0;

static double testfuncs_status(unsigned n, const double *x, double f)
{
    ++testfuncs_counter;
    if (testfuncs_verbose) {
        unsigned i;
        printf("f_%d (%g", testfuncs_counter, x[0]);
        for (i = 1; i < n; ++i)
            printf(", %g", x[i]);
        printf(") = %g\n", f);
    }
    return f;
}

#define RETURN(f) return testfuncs_status(n, x, f);

#define PI2 6.283185307179586   /* 2*pi */
#define PI3 9.424777960769379   /* 3*pi */
#define PI4 12.5663706143592    /* 4*pi */

static double rosenbrock_f(unsigned n, const double *x, double *grad, void *data)
{
    double a = x[1] - x[0] * x[0], b = 1 - x[0];
    UNUSED(data);
    if (grad) {
        grad[0] = -400 * a * x[0] + 2 * b;
        grad[1] = 200 * a;
    }
    RETURN(100 * sqr(a) + sqr(b));
}

static const double rosenbrock_lb[2] = { -2, -2 };
static const double rosenbrock_ub[2] = { 2, 2 };
static const double rosenbrock_xmin[2] = { 1, 1 };
