/* Exponential density with mean mu:

   p(x) dx = exp(-x/mu) dx/mu

   for x = 0 ... +infty */
double gsl_ran_exponential_pdf (const double x, const double mu);
