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
