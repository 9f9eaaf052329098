/* Weibull density with scale a and exponent b:

   p(x) dx = (b/a) (x/a)^(b-1) exp(-(x/a)^b) dx

 */
double gsl_ran_weibull_pdf (const double x, const double a, const double b);
