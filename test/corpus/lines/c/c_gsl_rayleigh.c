/* Rayleigh density with scale sigma:

   p(x) dx = (x / sigma^2) exp(-x^2/(2 sigma^2)) dx

   for x = 0 ... +infty */
double gsl_ran_rayleigh_pdf (const double x, const double sigma);
