/* Rayleigh tail density above a:

   p(x) dx = (x / sigma^2) exp((a^2 - x^2)/(2 sigma^2)) dx

   for x = a ... +infty */
double gsl_ran_rayleigh_tail_pdf (const double x, const double a, const double sigma);
