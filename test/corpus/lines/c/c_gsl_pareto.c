/* Pareto density with exponent a and scale b:

   p(x) dx = (a/b) / (x/b)^(a+1) dx     for x >= b

 */
double gsl_ran_pareto_pdf (const double x, const double a, const double b);
