import * as assert from 'assert';
import * as fc from 'fast-check';
import { analyze } from '../../../src/core/analyze';
import { evaluate, print } from '../../../src/core/expr';
import { ridders } from '../../../src/core/numeric';
import type { Lang } from '../../../src/core/types';

// Activation functions and the normal distribution's functions as the libraries document them, written here independently of the engine:
// the front-end must give the same values, and its symbolic derivative must match a Ridders
// derivative of these reference functions (away from kinks, where one-sided slopes differ).
const sig = (x: number) => 1 / (1 + Math.exp(-x));
const softplus = (x: number) => Math.log1p(Math.exp(x));
const erf = (x: number) => {
  // Abramowitz–Stegun 7.1.26 is too coarse for 1e-9; integrate e^(−t²) with Simpson's rule instead
  const n = 2000,
    h = x / n;
  let s = 1 + Math.exp(-x * x);
  for (let i = 1; i < n; i++) s += (i % 2 ? 4 : 2) * Math.exp(-((i * h) ** 2));
  return (2 / Math.sqrt(Math.PI)) * (h / 3) * s;
};
const relu6 = (x: number) => Math.min(Math.max(x, 0), 6);
const elu = (x: number, a: number) => (x > 0 ? x : a * (Math.exp(x) - 1));
const SELU_A = 1.6732632423543772,
  SELU_S = 1.0507009873554805;

const Phi = (z: number) => (1 + erf(z / Math.SQRT2)) / 2;
const phi = (z: number) => Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI);

const CASES: Array<[Lang, string, (x: number) => number, number[]]> = [
  ['python', 'F.silu(x)', (x) => x * sig(x), []],
  ['python', 'jax.nn.swish(x)', (x) => x * sig(x), []],
  ['python', 'F.gelu(x)', (x) => 0.5 * x * (1 + erf(x / Math.SQRT2)), []],
  ['python', 'jax.nn.gelu(x)', (x) => 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x ** 3))), []],
  ['python', 'F.leaky_relu(x)', (x) => (x > 0 ? x : 0.01 * x), [0]],
  ['python', 'F.leaky_relu(x, negative_slope=0.3)', (x) => (x > 0 ? x : 0.3 * x), [0]],
  ['python', 'tf.nn.leaky_relu(x)', (x) => (x > 0 ? x : 0.2 * x), [0]],
  ['python', 'F.leaky_relu(x, 1.5)', (x) => (x > 0 ? x : 1.5 * x), [0]],
  ['python', 'F.elu(x)', (x) => elu(x, 1), [0]],
  ['python', 'F.elu(x, alpha=0.5)', (x) => elu(x, 0.5), [0]],
  ['python', 'F.selu(x)', (x) => SELU_S * elu(x, SELU_A), [0]],
  ['python', 'F.celu(x, alpha=2)', (x) => Math.max(0, x) + Math.min(0, 2 * (Math.exp(x / 2) - 1)), [0]],
  ['python', 'F.logsigmoid(x)', (x) => Math.log(sig(x)), []],
  ['python', 'F.softsign(x)', (x) => x / (1 + Math.abs(x)), [0]],
  ['python', 'F.relu6(x)', relu6, [0, 6]],
  ['python', 'F.hardtanh(x)', (x) => Math.min(Math.max(x, -1), 1), [-1, 1]],
  ['python', 'F.hardtanh(x, min_val=-2, max_val=3)', (x) => Math.min(Math.max(x, -2), 3), [-2, 3]],
  ['python', 'F.hardsigmoid(x)', (x) => relu6(x + 3) / 6, [-3, 3]],
  ['python', 'F.hardswish(x)', (x) => (x * relu6(x + 3)) / 6, [-3, 3]],
  ['python', 'F.mish(x)', (x) => x * Math.tanh(softplus(x)), []],
  ['python', 'F.tanhshrink(x)', (x) => x - Math.tanh(x), []],
  ['python', 'F.softplus(x, beta=2)', (x) => softplus(2 * x) / 2, []],
  ['python', 'torch.rsqrt(x * x + 1)', (x) => 1 / Math.sqrt(x * x + 1), []],
  ['python', 'np.reciprocal(x * x + 1)', (x) => 1 / (x * x + 1), []],
  ['python', 'np.deg2rad(x) + math.degrees(x)', (x) => (x * Math.PI) / 180 + (x * 180) / Math.PI, []],
  ['julia', 'swish(x) + leakyrelu(x, 0.1)', (x) => x * sig(x) + (x > 0 ? x : 0.1 * x), [0]],
  ['julia', 'gelu(x)', (x) => 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x ** 3))), []],
  ['julia', 'gelu_erf(x) + logσ(x) + hardσ(x)', (x) => 0.5 * x * (1 + erf(x / Math.SQRT2)) + Math.log(sig(x)) + relu6(x + 3) / 6, [-3, 3]],
  // the normal distribution (probit models, Gaussian likelihoods) and the logit
  ['python', 'scipy.stats.norm.cdf(x)', Phi, []],
  ['python', 'norm.pdf(x, loc=0.5, scale=2)', (x) => phi((x - 0.5) / 2) / 2, []],
  ['python', 'stats.norm.logpdf(x, 1, 3)', (x) => Math.log(phi((x - 1) / 3) / 3), []],
  ['python', 'norm.logcdf(x / 4)', (x) => Math.log(Phi(x / 4)), []],
  ['python', 'scipy.special.ndtr(x) + torch.special.log_ndtr(x / 3)', (x) => Phi(x) + Math.log(Phi(x / 3)), []],
  ['python', 'scipy.special.logit(1 / (1 + x * x))', (x) => Math.log(1 / (1 + x * x) / (1 - 1 / (1 + x * x))), [0]],
  ['r', 'pnorm(x, mean = 1, sd = 2) + dnorm(x)', (x) => Phi((x - 1) / 2) + phi(x), []],
  ['r', 'qlogis(1 / (2 + x * x))', (x) => Math.log(1 / (2 + x * x) / (1 - 1 / (2 + x * x))), []],
  ['matlab', 'normcdf(x, 0.5, 1.5) .* normpdf(x)', (x) => Phi((x - 0.5) / 1.5) * phi(x), []],
  // PyTorch's elementwise losses (prediction x, a fixed target)
  ['python', 'F.mse_loss(x, 0.3)', (x) => (x - 0.3) ** 2, []],
  ['python', 'F.l1_loss(x, 0.3)', (x) => Math.abs(x - 0.3), [0.3]],
  [
    'python',
    'F.smooth_l1_loss(x, 0.5, beta=2)',
    (x) => (Math.abs(x - 0.5) < 2 ? (0.5 * (x - 0.5) ** 2) / 2 : Math.abs(x - 0.5) - 1),
    [-1.5, 2.5],
  ],
  [
    'python',
    'F.huber_loss(x, 0.5, delta=1.5)',
    (x) => (Math.abs(x - 0.5) < 1.5 ? 0.5 * (x - 0.5) ** 2 : 1.5 * (Math.abs(x - 0.5) - 0.75)),
    [-1, 2],
  ],
  [
    'python',
    'F.binary_cross_entropy(torch.sigmoid(x), 0.25)',
    (x) => -(0.25 * Math.log(1 / (1 + Math.exp(-x))) + 0.75 * Math.log(1 - 1 / (1 + Math.exp(-x)))),
    [],
  ],
  [
    'python',
    'F.binary_cross_entropy_with_logits(x, 0.25)',
    (x) => -(0.25 * Math.log(1 / (1 + Math.exp(-x))) + 0.75 * Math.log(1 - 1 / (1 + Math.exp(-x)))),
    [],
  ],
  ['python', 'F.soft_margin_loss(x, -1)', (x) => Math.log1p(Math.exp(x)), []],
  ['julia', 'clamp(x, -1, 2)', (x) => Math.min(Math.max(x, -1), 2), [-1, 2]],
  ['cpp', 'std::clamp(x, -1.0, 2.0) + std::fma(x, x, 1.0)', (x) => Math.min(Math.max(x, -1), 2) + x * x + 1, [-1, 2]],
];

describe('syntax: activations (PyTorch, JAX, TensorFlow, NNlib) and normal distributions (SciPy, R, MATLAB) by value and derivative', () => {
  for (const [lang, source, ref, kinks] of CASES) {
    it(`${lang}: ${source}`, () => {
      const xs = fc
        .sample(fc.double({ min: -8, max: 8, noNaN: true }), { numRuns: 25, seed: 7 })
        .filter((x) => kinks.every((k) => Math.abs(x - k) > 0.05));
      for (const x of [...xs, -2.5, -0.5, 0.5, 2.5].filter((v) => kinks.every((k) => Math.abs(v - k) > 0.05))) {
        const a = analyze(source, { lang, at: { x } });
        const v = evaluate(a.expr, { x });
        assert.ok(Math.abs(v - ref(x)) <= 1e-9 * Math.max(1, Math.abs(ref(x))), `${source} at x = ${x}: ${v}, expected ${ref(x)}`);
        const d = ridders((p) => ref(p.x), { x }, 'x', 0.02);
        const got = a.values?.x ?? NaN;
        assert.ok(
          Math.abs(got - d.value) <= 1e-6 * Math.max(1, Math.abs(d.value)),
          `d/dx ${source} at x = ${x}: ${got}, numeric ${d.value}`,
        );
      }
    });
  }

  it("the kinks of the piecewise ones are named at the kink, where the derivative is PyTorch's", () => {
    const a = analyze('F.leaky_relu(x, 0.1)', { lang: 'python', at: { x: 0 } });
    assert.match(a.notes.map((n) => n.message).join('\n'), /the conditional switches where x = 0/);
    assert.strictEqual(a.values!.x, 0.1, 'PyTorch: x > 0 is false at 0, so the slope is negative_slope');
    assert.strictEqual(
      analyze('F.relu6(x)', { lang: 'python', at: { x: 6 } }).notes.some((n) => /kink|tie/.test(n.message)),
      true,
    );
    const selu = analyze('F.selu(x)', { lang: 'python', at: { x: 0 } });
    assert.ok(Math.abs(selu.values!.x - SELU_S * SELU_A) < 1e-12, 'scale·alpha at 0');
    assert.strictEqual(
      print(analyze('F.leaky_relu(x, 0.1)', { lang: 'python' }).partials.x, { lang: 'python' }),
      'np.where(x > 0, 1, 0.1)',
    );
  });

  it('unknown keywords and too many arguments are clear errors', () => {
    assert.throws(() => analyze('F.elu(x, beta=2)', { lang: 'python' }), /keyword argument 'beta' is not supported at column 10/);
    assert.throws(() => analyze('F.silu(x, 2)', { lang: 'python' }), /'F.silu' takes 1 argument but got 2/);
    assert.throws(() => analyze('F.mse_loss(y_hat)', { lang: 'python' }), /'F.mse_loss' takes 2 arguments but got 1 at column 1/);
  });
});
