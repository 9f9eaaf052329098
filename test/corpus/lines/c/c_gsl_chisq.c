/* Chi-squared density with nu degrees of freedom:

   p(x) dx = (1/(2*Gamma(nu/2))) (x/2)^(nu/2 - 1) exp(-x/2) dx

   for x = 0 ... +infty */
double gsl_ran_chisq_pdf (const double x, const double nu);
