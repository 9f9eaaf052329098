# Logistic regression log-likelihood for one observation. Hover an expression for its
# derivatives with respect to the coefficients.

sigmoid <- function(z) 1 / (1 + exp(-z))

beta0 <- -1.2
beta1 <- 0.8
x <- 2.5
yobs <- 1

p <- 1 / (1 + exp(-(beta0 + beta1 * x)))
loglik <- yobs * log(p) + (1 - yobs) * log(1 - p)

# the score: d loglik / d beta1 = (yobs - p) * x
score1 <- (yobs - p) * x

odds <- exp(beta0 + beta1 * x)
print(c(p = p, loglik = loglik, score1 = score1, odds = odds))

# the probit model's log-likelihood: pnorm is the normal cdf
probit_ll <- yobs * log(pnorm(beta0 + beta1 * x)) + (1 - yobs) * log(1 - pnorm(beta0 + beta1 * x))

# a Poisson count model: d/d lambda = k / lambda - 1, and lgamma(k + 1) is a constant in lambda
poisson_ll <- function(lambda, k) k * log(lambda) - lambda - lgamma(k + 1)
