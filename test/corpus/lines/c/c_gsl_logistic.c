/* Logistic density with scale a:

   p(x) dx = (1/a) exp(-x/a) / (1 + exp(-x/a))^2 dx

 */
double gsl_ran_logistic_pdf (const double x, const double a);
