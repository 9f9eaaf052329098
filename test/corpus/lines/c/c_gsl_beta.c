/* Beta density on (0, 1):

   p(x) dx = (Gamma(a + b)/(Gamma(a) Gamma(b))) x^(a-1) (1-x)^(b-1) dx

 */
double gsl_ran_beta_pdf (const double x, const double a, const double b);
