sigmoid <- function(x) {
  return(1 / (1 + exp(-x)))
}

n_params <- function (p, q) {
  return(sum(c(p + 1, q + 1) * c(q, 1)))
}
