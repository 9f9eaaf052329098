import * as assert from 'assert';
import { parseStatement } from '../../../src/core/syntax';
import { fails, printed, same, scope } from './helpers';
import { math } from '../../../src/core/mathjs';

const { x, y, z, w, b } = scope;
const sig = (v: number) => 1 / (1 + Math.exp(-v));

describe('syntax: plain math (mathjs syntax)', () => {
  it('reads ^, implicit multiplication and the canonical functions', () => {
    same('2x^2 + 3x y - sin(x)/2', 'math', 2 * x ** 2 + 3 * x * y - Math.sin(x) / 2);
    same('x^-2', 'math', x ** -2);
    same('2^3^2', 'math', 512);
    same(
      'log(z, 2) + ln(z) + sigmoid(y) + softplus(x) + relu(y)',
      'math',
      Math.log2(z) + Math.log(z) + sig(y) + Math.log1p(Math.exp(x)) + 0,
    );
    same('-x^2', 'math', -(x ** 2));
    same('(x + 1)(x - 1)', 'math', x * x - 1);
  });
  it('uses the canonical names (pow → ^, square → ^2)', () => {
    assert.strictEqual(printed('pow(x, 3) + square(y)', 'math'), 'x ^ 3 + y ^ 2');
  });
});

describe('syntax: Python', () => {
  it('maps math., np., torch., F., scipy.special. names to the vocabulary', () => {
    same('np.exp(-x**2) * math.sqrt(z)', 'python', Math.exp(-(x ** 2)) * Math.sqrt(z));
    same('torch.sigmoid(w*x + b) + F.softplus(y) + F.relu(y)', 'python', sig(w * x + b) + Math.log1p(Math.exp(y)));
    same('scipy.special.expit(x) + scipy.special.erf(x)', 'python', sig(x) + 0.6778011938374184);
    same('np.maximum(x, y) + np.minimum(x, y) + np.power(z, 1.5) + np.square(y)', 'python', x + y + z ** 1.5 + y * y);
    same(
      'np.hypot(x, y) + np.log1p(x) + np.expm1(x) + np.arctan2(y, x) + np.arcsin(x)',
      'python',
      Math.hypot(x, y) + Math.log1p(x) + Math.expm1(x) + Math.atan2(y, x) + Math.asin(x),
    );
    same('np.logaddexp(x, y)', 'python', Math.log(Math.exp(x) + Math.exp(y)));
    same('math.log(z, 10) + math.pi * math.e', 'python', Math.log10(z) + Math.PI * Math.E);
  });
  it('reads ** (right-associative, tighter than unary minus) and rejects ^ as XOR with its column', () => {
    same('-x**2', 'python', -(x ** 2));
    same('2**3**2', 'python', 512);
    same('z**-0.5', 'python', z ** -0.5);
    fails('x ^ 2', 'python', /'\^' is bitwise XOR in Python; use \*\* for a power/, 3);
  });
  it('keyword clamp, tensor methods, indexed and attribute names', () => {
    assert.strictEqual(printed('torch.clamp(x, min=0)', 'python'), 'relu(x)');
    same('x.exp() + (x + 1).pow(2) + y.sigmoid()', 'python', Math.exp(x) + (x + 1) ** 2 + sig(y));
    assert.strictEqual(printed('w[0]*x[0] + self.b', 'python'), 'w_0 * x_0 + self_b');
    // a field of an element is a name too (raytracing's `accum += samples[i].p_x`); a method on an
    // element stays a call, and `.T` stays a transpose (array code), never a name
    assert.strictEqual(printed('accum + samples[i].p_x * w', 'cpp'), 'accum + samples_i_p_x * w');
    assert.strictEqual(printed('x[0].exp() + y', 'python'), 'exp(x_0) + y');
    fails('w[0].T * y', 'python', /transpose|unexpected/);
  });
  it('statements: assignment, annotation, return, tuple outputs', () => {
    const s = parseStatement('y = np.exp(-x**2)', 'python');
    assert.strictEqual(s.target, 'y');
    assert.strictEqual(s.text, 'np.exp(-x**2)');
    assert.strictEqual(s.offset, 4);
    assert.strictEqual(parseStatement('loss: float = x**2', 'python').target, 'loss');
    assert.strictEqual(parseStatement('return F.relu(x)', 'python').target, undefined);
    const t = parseStatement('a, b = x**2, torch.sigmoid(x)', 'python');
    assert.deepStrictEqual(t.target, ['a', 'b']);
    assert.deepStrictEqual(t.outputs?.map(String), ['x ^ 2', 'sigmoid(x)']);
    assert.deepStrictEqual(parseStatement('return (x*y, x+y)', 'python').outputs?.map(String), ['x * y', 'x + y']);
    assert.deepStrictEqual(parseStatement('[x**2, y]', 'python').outputs?.map(String), ['x ^ 2', 'y']);
  });
  it('unknown functions are errors with their column, unless declared', () => {
    fails('y = 2 * foo(x)', 'python', /unknown function 'foo'/, 9);
    fails('np.frobnicate(x)', 'python', /unknown function 'np.frobnicate'/, 1);
    assert.strictEqual(parseStatement('2 * foo(x)', 'python', { functions: ['foo'] }).expression.toString(), '2 * foo(x)');
  });
});

describe('syntax: JavaScript / TypeScript', () => {
  it('Math.* functions and constants, **, declarations', () => {
    const s = parseStatement('const y = Math.pow(x, 2) + Math.PI * Math.LN2;', 'javascript');
    assert.strictEqual(s.target, 'y');
    assert.strictEqual(s.expression.toString(), 'x ^ 2 + pi * log(2)');
    same(
      'Math.exp(x) * Math.E + Math.SQRT2 + Math.LOG2E + Math.hypot(x, y) + Math.cbrt(z)',
      'javascript',
      Math.exp(x) * Math.E + Math.SQRT2 + Math.LOG2E + Math.hypot(x, y) + Math.cbrt(z),
    );
    assert.strictEqual(parseStatement('let loss: number = x ** 2;', 'typescript').target, 'loss');
    same('2 ** -x', 'typescript', 2 ** -x);
  });
  it('rejects ^ (XOR) and the ambiguous -x ** 2 with columns', () => {
    fails('Math.exp(x) ^ 2', 'javascript', /'\^' is bitwise XOR in JavaScript; use \*\* for a power/, 13);
    fails('const y = -x ** 2;', 'javascript', /syntax error in JavaScript/, 11);
  });
});

describe('syntax: C / C++', () => {
  it('pow, fabs, fmax, M_PI, std:: names, float literals, casts, typed declarations', () => {
    const s = parseStatement('double y = pow(x, 2.0f) + fabs((double)z) * M_PI + 2e-3 + std::exp(x);', 'cpp');
    assert.strictEqual(s.target, 'y');
    same(
      'pow(x, 2.0f) + fabs((double)z) * M_PI + 2e-3 + std::exp(x) + fmax(x, y) + expf(y)',
      'c',
      x ** 2 + z * Math.PI + 2e-3 + Math.exp(x) + x + Math.exp(y),
    );
    assert.strictEqual(parseStatement('const float k = 1.5f * x;', 'c').target, 'k');
    same('M_PI_2 + M_SQRT2 + M_LN2 + 10UL', 'c', Math.PI / 2 + Math.SQRT2 + Math.LN2 + 10);
  });
  it("'^' is XOR in C", () => {
    fails('x ^ 2', 'c', /bitwise XOR in C/, 3);
  });
});

describe('syntax: Julia', () => {
  it('^, numeric coefficients, broadcasts, π, f(x) = …', () => {
    const s = parseStatement('f(x) = 2x^2 + exp.(x) .* y', 'julia');
    assert.strictEqual(s.target, 'f');
    same('2x^2 + exp.(x) .* y', 'julia', 2 * x * x + Math.exp(x) * y);
    same('1/2x', 'julia', 1 / (2 * x));
    same('√z + √(x + 1)', 'julia', Math.sqrt(z) + Math.sqrt(x + 1));
    same('log(2, z) + atan(y, x) + π + x.^2', 'julia', Math.log2(z) + Math.atan2(y, x) + Math.PI + x * x);
    // iszero(x) is the condition x == 0
    same('ifelse(iszero(x), 1.0, sin(x) / x)', 'julia', Math.sin(x) / x);
    same('iszero(x - 0.7) ? y : z', 'julia', y);
    fails('iszero(x) + 1', 'julia', /comparison 'iszero' is only supported as the condition/, 1);
  });
});

describe('syntax: MATLAB / Octave', () => {
  it('element-wise operators, trailing semicolon, left-associative ^', () => {
    const s = parseStatement('y = x.^2 .* z ./ 3;', 'matlab');
    assert.strictEqual(s.target, 'y');
    same('x.^2 .* z ./ 3', 'matlab', (x * x * z) / 3);
    same('2^3^2', 'matlab', 64);
    same('power(z, 2) + nthroot(z, 3) % a comment', 'matlab', z * z + Math.cbrt(z));
  });
});

describe('syntax: R', () => {
  it('<-, ->, log base, pmax', () => {
    const s = parseStatement('y <- exp(x) + log(z, base = 2)', 'r');
    assert.strictEqual(s.target, 'y');
    same('exp(x) + log(z, base = 2) + pmax(x, y) + pi', 'r', Math.exp(x) + Math.log2(z) + x + Math.PI);
    assert.strictEqual(parseStatement('x^2 -> y', 'r').target, 'y');
  });
});

describe('syntax: parity with mathjs for plain math', () => {
  // Our math front-end must read mathjs syntax exactly as mathjs does (implicit multiplication rules).
  const cases = [
    '8 pi / 2 pi',
    'pi / 2 pi',
    '3 / 4 y',
    '2x^2',
    '1/2x',
    'x y / z',
    '(x+1)(x-1)',
    '2(x+1)',
    'x/2 y',
    '-2x',
    '2^-x y',
    'x^2 y',
    '2 x y z / 3 x',
    'sin(x) cos(y)',
    '3x/4y',
    '-x^2',
    '2^3^2',
    'x^-y^2',
    '(x)(y)z',
    '2.5e-3x',
    'e^x',
    '2 / 4^2',
    '1/2(x+1)',
    '6/2 x^2',
    '6/2x',
    '2/3 y^2 / 4 x',
    '1 / 2 / 4 x',
    '-3/4 x',
    'x^2/4 y',
    '2^2/4 x',
    '2 x / 3 y',
    '(x + 1) / 2 z',
  ];
  for (const c of cases) {
    it(c, () => same(c, 'math', math.evaluate(c, { ...scope }) as number));
  }
});

describe('syntax: names', () => {
  it("a bare 'e' is Euler's number in plain math only; each language's own spelling is the constant", () => {
    same('math.e * np.e', 'python', Math.E * Math.E);
    same('e^x', 'math', Math.exp(x));
    // the DAG's own name for the constant is no variable a language can write
    fails('2 * ℯ', 'c', /'ℯ' is not a name/, 5);
  });
  it('conversions are the identity: float(x), np.float64(x), Number(x), as.numeric(x)', () => {
    same('float(x) * np.float64(y)', 'python', x * y);
    same('Number(x) + y', 'javascript', x + y);
    same('as.numeric(x) + my.var', 'r', x + 3);
  });
});

describe('syntax: methods and casts', () => {
  it('self./this. methods read as functions; C++ static_cast is the identity', () => {
    same('self.sigmoid(x) + torch.tanh(y)', 'python', sig(x) + Math.tanh(y));
    assert.strictEqual(parseStatement('this.loss(x) * 2', 'typescript', { functions: ['loss'] }).expression.toString(), 'loss(x) * 2');
    same('static_cast<double>(x) * std::sqrt(z)', 'cpp', x * Math.sqrt(z));
  });
});

describe('syntax: increment and decrement', () => {
  it("'--x' is a decrement in JavaScript and C (an error), a double negation in Python", () => {
    fails('y = --x', 'javascript', /'--' is the decrement operator in JavaScript/, 5);
    fails('x++ + 1', 'c', /'\+\+' is the increment operator in C/, 2);
    same('--x', 'python', x);
    same('- -x', 'javascript', x);
  });
});

describe('syntax: C integer division', () => {
  it('1/2 of integer literals is flagged with what C computes; exact or floating divisions are fine', () => {
    fails('double y = 1/2 * x;', 'c', /1\/2 is integer division in C \(it gives 0\); write 1\.0\/2 for 0\.5/, 12);
    same('1.0/2 * x + 4/2 * y + x/2', 'cpp', 0.5 * x + 2 * y + x / 2);
    same('1/2 * x', 'python', 0.5 * x);
  });
});

describe('syntax: Unicode names', () => {
  it('are made readable by mathjs: composed accents, subscript digits', () => {
    assert.strictEqual(printed('y\u0302 - y', 'python'), 'ŷ - y');
    assert.strictEqual(printed('σ(x₁) + θ₁₂', 'julia'), 'sigmoid(x_1) + θ_12');
    assert.strictEqual(printed('α**2 * β', 'python'), 'α ^ 2 * β');
  });
});
