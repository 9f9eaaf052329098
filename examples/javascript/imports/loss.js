// Hover over `softplus(z)`: the hover reads softplus from ./activations.js (beside this file) and
// differentiates through it, with the total derivatives through z.
import { softplus } from './activations.js';

export function loss(w = 0.5, x = 2, b = 0.1) {
  const z = w * x + b;
  return 0.5 * softplus(z);
}
