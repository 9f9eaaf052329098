// Activation functions of PyTorch, JAX, TensorFlow and Julia's NNlib that are compositions of the
// canonical vocabulary: each call becomes its definition, so its derivative, kinks (through relu,
// max, min, abs) and domain notes come from the rules already there. Definitions follow the
// libraries' documentation, defaults included (JAX's and NNlib's `gelu` is the tanh approximation,
// PyTorch's and TensorFlow's the exact one).
import type { MathNode } from '../mathjs';
import { add, div, mul, one, sub, type Composite } from './composite';
import { bin, call, compare, conditional, isConst, neg, num, sym } from './nodes';

const relu = (x: MathNode) => call('relu', [x]);
const sigmoid = (x: MathNode) => call('sigmoid', [x]);
const clamp = (x: MathNode, lo: MathNode, hi: MathNode) => call('min', [call('max', [x, lo]), hi]);
/** x > 0 ? x : below — as PyTorch computes them, so at 0 the derivative is the lower branch's */
const positiveOr = (x: MathNode, below: MathNode) => conditional(compare('>', x, num(0)), x, below);
/** x above 0, α·(eˣ − 1) below */
const elu = (x: MathNode, alpha: MathNode) => positiveOr(x, mul(alpha, sub(call('exp', [x]), num(1))));
const relu6 = (x: MathNode) => call('min', [relu(x), num(6)]);
/** ½x(1 + erf(x/√2)) */
const geluExact = (x: MathNode) => mul(mul(num(0.5), x), add(num(1), call('erf', [div(x, call('sqrt', [num(2)]))])));
/** ½x(1 + tanh(√(2/π)(x + 0.044715x³))) */
const geluTanh = (x: MathNode) =>
  mul(
    mul(num(0.5), x),
    add(num(1), call('tanh', [mul(call('sqrt', [div(num(2), sym('pi'))]), add(x, mul(num(0.044715), bin('^', x, num(3)))))])),
  );

const SELU_ALPHA = 1.6732632423543772;
const SELU_SCALE = 1.0507009873554805;

export const ACTIVATIONS: Record<string, Composite> = {
  '@silu': one((x) => mul(x, sigmoid(x))),
  // JAX's default is approximate=True; PyTorch's and TensorFlow's is the exact form
  '@gelu': { keywords: [], maxArgs: 1, build: (x, _p, name) => (name.startsWith('jax.') ? geluTanh(x) : geluExact(x)) },
  '@geluTanh': one(geluTanh),
  '@geluExact': one(geluExact),
  // x > 0 ? x : a·x, right for any slope a (max(x, a·x) is only for a < 1)
  '@leakyRelu': {
    keywords: ['negative_slope', 'alpha', 'a'],
    maxArgs: 2,
    build: (x, p, name) => positiveOr(x, mul(p(1, ['negative_slope', 'alpha', 'a'], /^tf\./.test(name) ? 0.2 : 0.01), x)),
  },
  '@elu': { keywords: ['alpha'], maxArgs: 2, build: (x, p) => elu(x, p(1, ['alpha'], 1)) },
  '@selu': one((x) => mul(num(SELU_SCALE), elu(x, num(SELU_ALPHA)))),
  // max(0, x) + min(0, α(e^(x/α) − 1)) = x > 0 ? x : α(e^(x/α) − 1)
  '@celu': {
    keywords: ['alpha'],
    maxArgs: 2,
    build: (x, p) => {
      const a = p(1, ['alpha'], 1);
      return positiveOr(x, mul(a, sub(call('exp', [div(x, a)]), num(1))));
    },
  },
  '@logSigmoid': one((x) => neg(call('softplus', [neg(x)]))),
  '@softsign': one((x) => div(x, add(num(1), call('abs', [x])))),
  '@relu6': one(relu6),
  '@hardtanh': {
    keywords: ['min_val', 'max_val'],
    maxArgs: 3,
    build: (x, p) => clamp(x, p(1, ['min_val'], -1), p(2, ['max_val'], 1)),
  },
  // PyTorch/JAX/NNlib: relu6(x + 3)/6
  '@hardSigmoid': one((x) => div(relu6(add(x, num(3))), num(6))),
  '@hardSwish': one((x) => mul(x, div(relu6(add(x, num(3))), num(6)))),
  '@mish': one((x) => mul(x, call('tanh', [call('softplus', [x])]))),
  '@tanhshrink': one((x) => sub(x, call('tanh', [x]))),
  // PyTorch: softplus(βx)/β (its `threshold` only switches to x for numerical stability)
  '@softplusBeta': {
    keywords: ['beta', 'threshold'],
    maxArgs: 3,
    build: (x, p) => {
      const beta = p(1, ['beta'], 1);
      return isConst(beta, 1) ? call('softplus', [x]) : div(call('softplus', [mul(beta, x)]), beta);
    },
  },
  '@rsqrt': one((x) => div(num(1), call('sqrt', [x]))),
  '@reciprocal': one((x) => div(num(1), x)),
  '@negative': one((x) => neg(x)),
  '@deg2rad': one((x) => mul(x, div(sym('pi'), num(180)))),
  '@rad2deg': one((x) => mul(x, div(num(180), sym('pi')))),
};

/** Python (PyTorch `F.`/`torch.`, `jax.nn.`, `tf.nn.`, NumPy) names of the activations above. */
export const PYTHON_ACTIVATIONS: Record<string, string> = {
  silu: '@silu',
  swish: '@silu',
  gelu: '@gelu',
  leaky_relu: '@leakyRelu',
  elu: '@elu',
  selu: '@selu',
  celu: '@celu',
  logsigmoid: '@logSigmoid',
  log_sigmoid: '@logSigmoid',
  softsign: '@softsign',
  soft_sign: '@softsign',
  relu6: '@relu6',
  hardtanh: '@hardtanh',
  hard_tanh: '@hardtanh',
  hardsigmoid: '@hardSigmoid',
  hard_sigmoid: '@hardSigmoid',
  hardswish: '@hardSwish',
  hard_swish: '@hardSwish',
  mish: '@mish',
  tanhshrink: '@tanhshrink',
  softplus: '@softplusBeta',
  rsqrt: '@rsqrt',
  reciprocal: '@reciprocal',
  negative: '@negative',
  neg: '@negative',
  deg2rad: '@deg2rad',
  radians: '@deg2rad',
  rad2deg: '@rad2deg',
  degrees: '@rad2deg',
};

/** Julia's NNlib names (`σ` and `softplus` are canonical already). */
export const JULIA_ACTIVATIONS: Record<string, string> = {
  swish: '@silu',
  gelu: '@geluTanh',
  gelu_tanh: '@geluTanh',
  gelu_erf: '@geluExact',
  leakyrelu: '@leakyRelu',
  elu: '@elu',
  selu: '@selu',
  celu: '@celu',
  logσ: '@logSigmoid',
  logsigmoid: '@logSigmoid',
  softsign: '@softsign',
  relu6: '@relu6',
  hardtanh: '@hardtanh',
  hardσ: '@hardSigmoid',
  hardsigmoid: '@hardSigmoid',
  hardswish: '@hardSwish',
  mish: '@mish',
  tanhshrink: '@tanhshrink',
  deg2rad: '@deg2rad',
  rad2deg: '@rad2deg',
};
