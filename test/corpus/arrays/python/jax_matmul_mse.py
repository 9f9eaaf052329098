from jax import numpy as jnp


def model(inputs, W, b):
    return jnp.matmul(inputs, W) + b


def mean_squared_error(targets, predictions):
    per_sample_losses = jnp.square(targets - predictions)
    return jnp.mean(per_sample_losses)
