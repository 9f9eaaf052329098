# The Rosenbrock banana function and its gradient from R's ?optim example, minimized with BFGS.
# One factor is dropped in grr's first component (- (1 - x1) where the derivative has
# - 2 * (1 - x1)): Derivative Inspector pairs grr with fr through the optim call and warns there.

fr <- function(x) {   ## Rosenbrock Banana function
    x1 <- x[1]
    x2 <- x[2]
    100 * (x2 - x1 * x1)^2 + (1 - x1)^2
}

grr <- function(x) { ## Gradient of 'fr'
    x1 <- x[1]
    x2 <- x[2]
    c(-400 * x1 * (x2 - x1 * x1) - (1 - x1),
       200 *      (x2 - x1 * x1))
}

res <- optim(c(-1.2, 1), fr, grr, method = "BFGS")
print(res$par)
