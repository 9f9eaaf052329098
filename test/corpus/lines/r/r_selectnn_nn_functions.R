nn_fit_tracks <- function(X, y, q, n_init, inf_crit = "BIC", task = "regression",
                          unif = 3, maxit = 1000, ...) {
  n <- nrow(X)
  p <- ncol(as.matrix(X))
  k <- sum(c(p + 1, q + 1) * c(q, 1))
  weight_matrix_init <- matrix(stats::runif(n_init * k, min = -unif, max = unif), ncol = k)
  weight_matrix <- matrix(rep(NA, n_init * k), ncol = k)
  inf_crit_vec <- rep(NA, n_init)
  for (iter in 1:n_init) {
    nn_model <- nnet::nnet(X, y, size = q, trace = FALSE, linout = TRUE,
                           Wts = weight_matrix_init[iter, ], maxit = maxit, ...)
    weight_matrix[iter, ] <- nn_model$wts
    if (task == "regression") {
      RSS <- sum((y - nn_pred(X, weight_matrix[iter, ], q))^2)
      sigma2 <- RSS / n
      log_likelihood <- (-n / 2) * log(2 * pi * sigma2) - RSS / (2 * sigma2)
    } else if (task == "classification") {
    }
    inf_crit_vec[iter] <- ifelse(inf_crit == "AIC",
                                 (2 * (k + 1) - 2 * log_likelihood),
                                 ifelse(inf_crit == "BIC",
                                        (log(n) * (k + 1) - 2 * log_likelihood),
                                        ifelse(inf_crit == "AICc",
                                               (2 * (k + 1) * (n / (n - (k + 1) - 1)) - 2 * log_likelihood),
                                               NA
                                        )
                                 )
    )
  }
  inf_crit_vec
}
