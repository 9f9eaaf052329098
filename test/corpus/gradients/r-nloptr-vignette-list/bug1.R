library(nloptr)

x0 <- c(-1.2, 1)
opts <- list("algorithm" = "NLOPT_LD_LBFGS",
             "xtol_rel" = 1.0e-8)

## Rosenbrock Banana function and gradient in one function
eval_f_list <- function(x) {
  common_term <- x[2] - x[1] * x[1]
  list("objective" = 100 * common_term ^ 2 + (1 - x[1]) ^ 2,
       "gradient"  = c(-400 * common_term - 2 * (1 - x[1]),
                       200 * common_term))
}

res <- nloptr(x0 = x0,
              eval_f = eval_f_list,
              opts = opts)
