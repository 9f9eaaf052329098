// The function records (src/core/expr/functions): each one complete (value, rule, a spelling or an
// expansion for every printer, notes where it has limits, listed in the README) and each rule
// property-tested against Ridders-extrapolated numerical derivatives inside its test domain. The
// functions added as records (issue #12) are checked against SymPy and mpmath, never our engine.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { evaluate, freeVariables, gradient, notesAt, parseMath, print, printLatex } from '../../../src/core/expr';
import {
  FUNCTIONS,
  lackedBy,
  namesIn,
  PRINT_TARGETS,
  SOURCE_LANGS,
  type FnRecord,
  type PrintTarget,
} from '../../../src/core/expr/functions';
import { lower } from '../../../src/core/expr/print/lower';
import { asNode, type Node } from '../../../src/core/expr/node';
import { topoOrder } from '../../../src/core/expr/graph';
import { sym } from '../../../src/core/expr/build';
import { parseExpression } from '../../../src/core/syntax';
import type { Lang } from '../../../src/core/types';
import { sympyValues } from '../reference/sympy';
import { agreesNumerically, close } from './helpers';

const RECORDS: FnRecord[] = Object.values(FUNCTIONS);
const TARGETS = PRINT_TARGETS;
/** A printer per target, as users ask for it. */
const PRINT: Record<PrintTarget, { lang: Lang; namespace?: string; portable?: boolean }> = {
  mathjs: { lang: 'math', portable: true },
  numpy: { lang: 'python', namespace: 'np' },
  pymath: { lang: 'python', namespace: 'math' },
  torch: { lang: 'python', namespace: 'torch' },
  js: { lang: 'javascript' },
  c: { lang: 'c' },
  cpp: { lang: 'cpp' },
  julia: { lang: 'julia' },
  matlab: { lang: 'matlab' },
  r: { lang: 'r' },
};

/** The argument counts a record is tested with: its least, and as many as its test domain gives. */
function counts(r: FnRecord): number[] {
  const [lo, hi] = r.arity;
  return [...new Set([lo, Math.min(hi, Math.max(lo, r.testDomain.length))])];
}

/** `name(a0, a1, …)` with whole-number arguments (polygamma's order) given as numbers (by default the first allowed). */
function callText(r: FnRecord, n: number, whole: Record<number, number> = firstWhole(r)): string {
  return `${r.name}(${Array.from({ length: n }, (_, i) => (i in whole ? String(whole[i]) : `a${i}`)).join(', ')})`;
}

function firstWhole(r: FnRecord): Record<number, number> {
  return Object.fromEntries(Object.entries(r.wholeArgs ?? {}).map(([i, vs]) => [Number(i), vs[0]]));
}

const fnNames = (e: Node) => topoOrder([e]).filter((m) => m.kind === 'fn');

describe('function records: complete', () => {
  it('every record is complete: arity, value, one partial per argument, test domain, an expansion where a printer lacks it', () => {
    assert.ok(RECORDS.length >= 50, `${RECORDS.length} records`);
    for (const r of RECORDS) {
      const [lo, hi] = r.arity;
      assert.ok(lo >= 1 && lo <= hi, `${r.name}: arity [${lo}, ${hi}]`);
      assert.strictEqual(typeof r.value, 'function', r.name);
      assert.ok(r.testDomain.length >= 1 && r.testDomain.every(([a, b]) => a <= b), `${r.name}: test domain`);
      for (const n of counts(r)) {
        const self = asNode(parseMath(callText(r, n)));
        if (self.kind !== 'fn' || self.name !== r.name) continue; // built otherwise: max(x) is x, sqrt a power
        const args = Array.from({ length: n }, (_, i) => sym(`a${i}`));
        const partials = r.rule(args, self);
        assert.strictEqual(partials.length, n, `${r.name} with ${n} arguments gives ${partials.length} partials`);
      }
      const lacking = TARGETS.filter((t) => r.print?.[t] === null);
      if (lacking.length) assert.ok(r.expand, `${r.name} is lacked by ${lacking.join(', ')} but has no expansion`);
    }
  });

  it('where a language lacks a function, its lowered form uses only functions the language has', () => {
    for (const t of TARGETS) {
      const lacked = lackedBy(t);
      for (const name of lacked) {
        const r = FUNCTIONS[name];
        const e = asNode(parseMath(callText(r, Math.max(r.arity[0], name === 'log' ? 2 : 1))));
        const left = fnNames(lower(e, lacked)).filter((m) => lacked.has(m.name) && !(m.name === 'log' && m.args.length === 1));
        assert.deepStrictEqual(
          left.map((m) => m.name),
          [],
          `${t}: ${name} lowers to ${print(lower(e, lacked))}`,
        );
      }
    }
  });

  it('every record prints in every language and in LaTeX, by its own spelling or its expansion', () => {
    for (const r of RECORDS) {
      // log of one argument is everywhere; only log(x, b) is lacked
      const e = parseMath(callText(r, r.name === 'log' ? 2 : r.arity[0]));
      for (const t of TARGETS) {
        const text = print(e, PRINT[t]);
        assert.ok(text.length > 0 && !/undefined|null/.test(text), `${r.name} in ${t}: ${text}`);
        // (log(x, b) expands into logs of one argument)
        if (r.print?.[t] === null && r.name !== 'log')
          assert.ok(!new RegExp(`\\b${r.name}\\(`).test(text), `${t} lacks ${r.name}: ${text}`);
      }
      const tex = printLatex(e);
      assert.ok(tex.length > 0 && !/undefined/.test(tex), `${r.name} in LaTeX: ${tex}`);
    }
  });

  it("every record's canonical name is read where its language's library has it", () => {
    for (const lang of SOURCE_LANGS) {
      for (const [alias, name] of Object.entries(namesIn(lang))) {
        const r = FUNCTIONS[name];
        const text = `${alias}(${Array.from({ length: Math.max(r.arity[0], name === 'max' || name === 'min' ? 2 : 1) }, () => 'x').join(', ')})`;
        assert.match(parseExpression(text, lang).toString(), new RegExp(`\\b${name}\\(`), `${lang}: ${text}`);
      }
    }
  });

  it('src/core/README.md lists every function of the vocabulary', () => {
    const readme = fs.readFileSync(path.join(__dirname, '../../../../src/core/README.md'), 'utf8');
    const list = readme.slice(readme.indexOf('Functions (one name each)'), readme.indexOf('Conditionals'));
    for (const r of RECORDS) assert.match(list, new RegExp(`\\b${r.name}\\b`), `${r.name} is not in the README's list`);
  });
});

describe('function records: each rule against numerical derivatives (property)', function () {
  this.timeout(60_000);
  for (const r of RECORDS) {
    it(`${r.name}: value and every partial inside its test domain`, () => {
      let checked = 0;
      for (const n of counts(r)) {
        const domain = (i: number) => r.testDomain[Math.min(i, r.testDomain.length - 1)];
        const arbs = Array.from({ length: n }, (_, i) =>
          r.wholeArgs?.[i] ? fc.constantFrom(...r.wholeArgs[i]) : fc.double({ min: domain(i)[0], max: domain(i)[1], noNaN: true }),
        );
        fc.assert(
          fc.property(fc.tuple(...arbs), (xs) => {
            const whole = Object.fromEntries(Object.keys(r.wholeArgs ?? {}).map((i) => [Number(i), xs[Number(i)]]));
            const e = parseMath(callText(r, n, whole));
            const point: Record<string, number> = {};
            xs.forEach((v, i) => {
              if (!(i in whole)) point[`a${i}`] = v;
            });
            const value = evaluate(e, point);
            fc.pre(Number.isFinite(value) && notesAt(e, point).length === 0);
            assert.ok(close(value, r.value(...xs), 1e-12, 1e-14), `${r.name}(${xs}) = ${value}, its record gives ${r.value(...xs)}`);
            const vars = freeVariables(e);
            const grad = gradient(e, vars);
            vars.forEach((v, i) => {
              const ours = evaluate(grad[i], point);
              const { ok, numeric } = agreesNumerically(e, point, v, ours, 1e-5, 1e-7);
              if (ok === undefined) return;
              assert.ok(ok, `∂${r.name}/∂${v} at ${xs}: ours ${ours} (${print(grad[i])}), numeric ${numeric}`);
              checked++;
            });
          }),
          { numRuns: 40, seed: 20261201 },
        );
      }
      assert.ok(checked >= 20, `${r.name}: only ${checked} partials compared`);
    });
  }
});

/** mpmath at 30 digits: the value and derivative of a Python lambda of t at each point. */
function mpmathValues(cases: { f: string; at: number }[]): { value: number; slope: number }[] {
  const script = `
import json, sys, mpmath
mpmath.mp.dps = 30
out = []
for c in json.load(sys.stdin):
    f = eval("lambda t: " + c["f"], {"mpmath": mpmath, "mpf": mpmath.mpf})
    x = mpmath.mpf(c["at"])
    out.append({"value": float(f(x)), "slope": float(mpmath.diff(f, x))})
json.dump(out, sys.stdout)
`;
  const r = spawnSync('python3', ['-c', script], { input: JSON.stringify(cases), encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`mpmath reference failed (python3 with mpmath is required): ${r.stderr || r.error?.message}`);
  return JSON.parse(r.stdout);
}

describe('functions added as records (issue #12), against SymPy and mpmath', function () {
  this.timeout(60_000);
  // [our text, SymPy's, points]
  const CASES: [string, string, number[]][] = [
    ['asec(x)', 'asec(x)', [1.3, -2.5, 7]],
    ['acsc(x)', 'acsc(x)', [1.3, -2.5, 7]],
    ['acot(x)', 'acot(x)', [0.4, -2.5, 7]],
    ['sech(x)', 'sech(x)', [0.4, -2.5, 7]],
    ['csch(x)', 'csch(x)', [0.4, -2.5, 7]],
    ['coth(x)', 'coth(x)', [0.4, -2.5, 7]],
    ['asech(x)', 'asech(x)', [0.05, 0.5, 0.99]],
    ['acsch(x)', 'acsch(x)', [0.4, -2.5, 7]],
    ['acoth(x)', 'acoth(x)', [1.01, -2.5, 7]],
    ['sec(x)', 'sec(x)', [0.4, -2.5]],
    ['csc(x)', 'csc(x)', [0.4, -2.5]],
    ['cot(x)', 'cot(x)', [0.4, -2.5]],
    ['sinc(x)', 'sinc(pi*x)', [0.5, -1.3, 2.2, 1e-3, 40.25]],
    ['lambertw(x)', 'LambertW(x)', [-0.36, -0.1, 0.5, 3, 1e6]],
    ['beta(x, 2.5)', 'beta(x, 2.5)', [0.4, 1.7, 6, 30]],
    ['beta(1.5, x)', 'beta(1.5, x)', [0.25, 3, 150]],
    ['beta(x, x ^ 2)', 'beta(x, x**2)', [0.7, 2.2]],
    ['sech(x) * acoth(1 + x ^ 2) + lambertw(x * sinc(x))', 'sech(x)*acoth(1 + x**2) + LambertW(x*sinc(pi*x))', [0.3, 1.7]],
  ];
  it('values and derivatives agree with SymPy to 1e-12', () => {
    const refs = sympyValues(CASES.flatMap(([, s, pts]) => pts.map((x) => ({ expr: s, point: { x } }))));
    let k = 0;
    for (const [ours, , pts] of CASES) {
      const e = parseMath(ours);
      const [d] = gradient(e, ['x']);
      for (const x of pts) {
        const ref = refs[k++];
        assert.ok(close(evaluate(e, { x }), ref.value, 1e-12, 1e-15), `${ours} at ${x}: ${evaluate(e, { x })} vs SymPy ${ref.value}`);
        const slope = evaluate(d, { x });
        assert.ok(close(slope, ref.gradient.x, 1e-11, 1e-14), `d ${ours} at ${x}: ${slope} (${print(d)}) vs SymPy ${ref.gradient.x}`);
      }
    }
  });

  it("where SymPy's formula is 0/0 (sinc and W at 0) and for 0^(2^x + x^3 + 2), mpmath's derivative is ours", () => {
    const cases: [string, string, number][] = [
      ['sinc(x)', 'mpmath.sincpi(t)', 0],
      ['sinc(x)', 'mpmath.sincpi(t)', 1e-9],
      ['lambertw(x)', 'mpmath.lambertw(t).real', 0],
      ['0 ^ (2 ^ x + x ^ 3 + 2)', 'mpf(0) ** (2 ** t + t ** 3 + 2)', 1],
      ['0 ^ (2 ^ x + x ^ 3 + 2)', 'mpf(0) ** (2 ** t + t ** 3 + 2)', -0.5],
    ];
    const refs = mpmathValues(cases.map(([, f, at]) => ({ f, at })));
    cases.forEach(([ours, , x], i) => {
      const e = parseMath(ours);
      const [d] = gradient(e, ['x']);
      assert.ok(close(evaluate(e, { x }), refs[i].value, 1e-12, 1e-15), `${ours} at ${x}`);
      assert.ok(
        close(evaluate(d, { x }), refs[i].slope, 1e-9, 1e-12),
        `d ${ours} at ${x}: ${evaluate(d, { x })} (${print(d)}) vs ${refs[i].slope}`,
      );
      assert.deepStrictEqual(
        notesAt(d, { x }).filter((n) => n.kind === 'nonfinite'),
        [],
        `${ours} at ${x}`,
      );
    });
  });

  it('notes: domains and poles of the new functions are said', () => {
    const note = (text: string, x: number) => notesAt(parseMath(text), { x }).map((n) => n.message);
    assert.deepStrictEqual(note('asec(x)', 0.5), ['asec needs |x| >= 1, got 0.5', 'the value is NaN at this point']);
    assert.deepStrictEqual(note('acoth(x)', 0.5), ['acoth needs |x| > 1, got 0.5', 'the value is NaN at this point']);
    assert.deepStrictEqual(note('asech(x)', 1.5), ['asech needs x in (0, 1], got 1.5', 'the value is NaN at this point']);
    assert.deepStrictEqual(note('lambertw(x)', -1), [
      'lambertw needs x >= -1/e (the real branch W0), got -1',
      'the value is NaN at this point',
    ]);
    assert.deepStrictEqual(note('coth(x)', 0), ['coth has a pole at x = 0', 'the value is Infinity at this point']);
    assert.deepStrictEqual(note('acot(x)', 0), ['acot jumps at x = 0 (from -pi/2 to pi/2): no derivative there']);
    assert.deepStrictEqual(note('0 ^ x', 0), ['0 ^ x jumps from 1 to 0 where x = 0; its derivative there is taken as 0']);
  });
});

describe('functions added as records: read where each language has them', () => {
  const reads = (text: string, lang: Lang) => parseExpression(text, lang).toString();
  const refuses = (text: string, lang: Lang) => assert.throws(() => parseExpression(text, lang), /unknown function/, `${lang}: ${text}`);
  const NEW = ['sec', 'csc', 'cot', 'asec', 'acsc', 'acot', 'sech', 'csch', 'coth', 'asech', 'acsch', 'acoth'];

  it('sec … acoth in mathjs, Julia and MATLAB; not in NumPy, JavaScript, C or R, whose libraries lack them', () => {
    for (const f of NEW) {
      for (const lang of ['math', 'julia', 'matlab'] as const) assert.strictEqual(reads(`${f}(x)`, lang), `${f}(x)`);
      refuses(`np.${f}(x)`, 'python');
      refuses(`Math.${f}(x)`, 'javascript');
      refuses(`${f}(x)`, 'c');
      refuses(`${f}(x)`, 'r');
    }
  });

  it('sinc (normalized) in NumPy, Julia and MATLAB; not in plain math, where conventions differ', () => {
    assert.strictEqual(reads('np.sinc(x)', 'python'), 'sinc(x)');
    assert.strictEqual(reads('sinc(x)', 'julia'), 'sinc(x)');
    assert.strictEqual(reads('sinc(x)', 'matlab'), 'sinc(x)');
    refuses('sinc(x)', 'math');
  });

  it("Lambert W: scipy.special.lambertw, Julia's and MATLAB's lambertw, R's lamW::lambertW0, and in math", () => {
    assert.strictEqual(reads('scipy.special.lambertw(x)', 'python'), 'lambertw(x)');
    // SciPy returns a complex number: code takes its real part, which W₀ is on its domain
    assert.strictEqual(reads('np.real(scipy.special.lambertw(x))', 'python'), 'lambertw(x)');
    assert.strictEqual(reads('lambertw(x)', 'julia'), 'lambertw(x)');
    assert.strictEqual(reads('lambertw(x)', 'matlab'), 'lambertw(x)');
    assert.strictEqual(reads('lamW::lambertW0(x)', 'r'), 'lambertw(x)');
    assert.strictEqual(reads('lambertw(x)', 'math'), 'lambertw(x)');
  });

  it("mathjs's nthRoot(x) takes the square root by default; `$` is part of a name as in mathjs and JavaScript", () => {
    assert.strictEqual(reads('nthRoot(x)', 'math'), 'sqrt(x)');
    assert.strictEqual(reads('nthRoot(x, 3)', 'math'), 'cbrt(x)');
    assert.strictEqual(reads('a$b * x$', 'math'), 'a$b * x$');
    assert.strictEqual(reads('$scale * Math.exp(x)', 'javascript'), '$scale * exp(x)');
    assert.strictEqual(printLatex(parseMath('a$b')), '\\mathrm{a\\$b}');
  });

  it('max(x) of one argument: the value x in math, JavaScript and Julia; a reduction elsewhere, refused with the reason', () => {
    const e = parseMath('max(x) + min(y)');
    assert.strictEqual(print(e), 'x + y');
    assert.strictEqual(reads('max(x)', 'math'), 'max(x)');
    assert.strictEqual(reads('Math.max(x)', 'javascript'), 'max(x)');
    assert.strictEqual(reads('max(x)', 'julia'), 'max(x)');
    for (const [text, lang] of [
      ['np.max(x)', 'python'],
      ['max(x)', 'matlab'],
      ['max(x)', 'r'],
      ['fmax(x)', 'c'],
    ] as const) {
      assert.throws(
        () => parseExpression(text, lang),
        /of one argument reduces an array.*max\(a, b\) compares two values/,
        `${lang}: ${text}`,
      );
    }
  });
});
