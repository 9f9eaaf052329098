// Activations shared by the models of this folder (see loss.js, which imports softplus).
const BETA = 2;

/** Softplus with sharpness BETA: a smooth relu, log(1 + e^(BETA x)) / BETA. */
export function softplus(x) {
  return Math.log(1 + Math.exp(BETA * x)) / BETA;
}
