// PyTorch's elementwise losses of a prediction and a target, as their documentation defines them
// (read per element, like everything here: `reduction='mean'` of one element is that element).
import type { MathNode } from '../mathjs';
import { div, half, mul, sq, sub, type Composite } from './composite';
import { bin, call, compare, conditional, neg, num } from './nodes';

/** A loss of (input, target) with optional numeric parameters after them. */
const loss = (
  keywords: string[],
  maxArgs: number,
  f: (d: MathNode, x: MathNode, y: MathNode, p: (i: number, k: string[], v: number) => MathNode) => MathNode,
): Composite => ({
  keywords: ['target', ...keywords],
  minArgs: 2,
  maxArgs,
  build: (x, p) => {
    const y = p(1, ['target'], NaN);
    return f(sub(x, y), x, y, p);
  },
});

export const LOSSES: Record<string, Composite> = {
  '@mseLoss': loss([], 2, (d) => sq(d)),
  '@l1Loss': loss([], 2, (d) => call('abs', [d])),
  // |d| < β ? d²/(2β) : |d| − β/2
  '@smoothL1Loss': loss(['beta'], 3, (d, _x, _y, p) => {
    const beta = p(2, ['beta'], 1);
    return conditional(compare('<', call('abs', [d]), beta), div(half(sq(d)), beta), sub(call('abs', [d]), half(beta)));
  }),
  // |d| < δ ? d²/2 : δ(|d| − δ/2)
  '@huberLoss': loss(['delta'], 3, (d, _x, _y, p) => {
    const delta = p(2, ['delta'], 1);
    return conditional(compare('<', call('abs', [d]), delta), half(sq(d)), mul(delta, sub(call('abs', [d]), half(delta))));
  }),
  // −(y log p + (1 − y) log(1 − p))
  '@bce': loss([], 2, (_d, p, y) => neg(bin('+', mul(y, call('log', [p])), mul(sub(num(1), y), call('log', [sub(num(1), p)]))))),
  // softplus(z) − y·z, the stable form of BCE on σ(z)
  '@bceWithLogits': loss([], 2, (_d, z, y) => sub(call('softplus', [z]), mul(y, z))),
  // log(1 + exp(−y·x))
  '@softMarginLoss': loss([], 2, (_d, x, y) => call('softplus', [neg(mul(y, x))])),
};

export const PYTHON_LOSSES: Record<string, string> = {
  mse_loss: '@mseLoss',
  l1_loss: '@l1Loss',
  smooth_l1_loss: '@smoothL1Loss',
  huber_loss: '@huberLoss',
  binary_cross_entropy: '@bce',
  binary_cross_entropy_with_logits: '@bceWithLogits',
  soft_margin_loss: '@softMarginLoss',
};
