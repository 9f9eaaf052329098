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

static double branin_f(unsigned n, const double *x, double *grad, void *data)
{
    double a = 1 - 2 * x[1] + 0.05 * sin(PI4 * x[1]) - x[0];
    double b = x[1] - 0.5 * sin(PI2 * x[0]);
    UNUSED(data);
    if (grad) {
        grad[0] = -2 * a - cos(PI2 * x[0]) * b;
        grad[1] = 2 * a * (0.05 * PI4 * cos(PI4 * x[1]) - 2) + 2 * b;
    }
    RETURN(sqr(a) + sqr(b));
}

static const double branin_lb[2] = { -10, -10 };
static const double branin_ub[2] = { 10, 10 };
static const double branin_xmin[2] = { 1, 0 };
