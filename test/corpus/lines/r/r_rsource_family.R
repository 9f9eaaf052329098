    initialize <- expression({
	if (any(y < 0))
	    stop("y must not be negative")
	n <- rep.int(1, nobs)
	mustart <- y + 0.1
    })
