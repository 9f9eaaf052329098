

# Define sigmoid function
σ(v) = 1.0/(1.0 + exp(-v))

# Define the derivative of the sigmoid function
dσ(v) = σ(v)*(1.0 - σ(v))

