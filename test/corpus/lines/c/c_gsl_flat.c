/* Uniform density on [a, b):

   p(x) dx = 1/(b-a) dx   if  a <= x < b
   .....   = 0            otherwise 

 */
double gsl_ran_flat_pdf (const double x, const double a, const double b);
