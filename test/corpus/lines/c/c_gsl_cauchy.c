/* Cauchy (Lorentz) density:

   p(x) dx = (1/(pi a)) (1 + (x/a)^2)^(-1) dx

 */
double gsl_ran_cauchy_pdf (const double x, const double a);
