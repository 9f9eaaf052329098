// Vectorized pairs (issue #11): an objective and a hand-written gradient written with whole arrays
// and slices (SciPy's `rosen`/`rosen_der`: `sum(100*(x[1:] - x[:-1]**2)**2 + …)`, `der[1:-1] = …`,
// `der[0] = …`). Both bodies are straight-line code read statement by statement; each right-hand side
// is evaluated by the array engine (../array) on the values so far, each slice write is applied to
// the gradient array, and every component is compared with finite differences of the objective (the
// scalar check's Ridders differences and tolerance) at the call's x0 and seeded points. Anything else
// (a loop, a branch, a call we cannot evaluate) gives undefined: the caller keeps "not checked" with
// its reason. Python (0-based indices, NumPy slices, x from the call) and MATLAB (1-based, `2:end`;
// `function [J, grad] = cost(theta, X, y, lambda)`: data arrays seeded at the shapes the code implies).
import { compileArray, shapeOfValue, type CompiledArray, type NDArray } from '../array';
import { inferShapes } from '../array/infer';
import { parseArray, type Ast } from '../array/parse';
import type { Lang } from '../types';
import { checkGradient } from '../numeric/gradcheck';
import { concreteShapes, randomArrays, type Dims } from '../numeric/arrayCheck';
import { seeded } from '../numeric/random';
import type { Stmt } from '../document/statements';
import { names } from '../names';
import type { PairSpec } from './pairing';
import type { FnDef, Source } from './source';
import type { ComponentResult, PairResult } from './types';

const NAME = /^[A-Za-z_]\w*$/;
const RANDOM_POINTS = 2;

type Env = Record<string, NDArray>;

interface Step {
  /** `name = value`, `name[index] = value`, `return value` */
  kind: 'assign' | 'write' | 'return';
  name?: string;
  index?: string;
  value: string;
  line: number;
}

/** What differs per language: how an element write is spelled, and how an index selects (0- or 1-based). */
interface VectorSpelling {
  /** `name = value` or `name[index] = value` / `name(index) = value`: groups name, index, value */
  assign: RegExp;
  oneBased: boolean;
  /** the label of component k of x */
  label: (x: string, k: number) => string;
}

const SPELLINGS: Partial<Record<Lang, VectorSpelling>> = {
  python: { assign: /^([A-Za-z_]\w*)\s*(?:\[([^\][]*)\])?\s*=(?!=)\s*([\s\S]+)$/, oneBased: false, label: (x, k) => `${x}[${k}]` },
  matlab: { assign: /^([A-Za-z_]\w*)\s*(?:\(([^()]*)\))?\s*=(?!=)\s*([\s\S]+)$/, oneBased: true, label: (x, k) => `${x}(${k + 1})` },
};

/** The statements of a function body as steps; undefined for anything but straight-line assignments. */
function stepsOf(src: Source, fn: FnDef): Step[] | undefined {
  const spelling = SPELLINGS[src.lang];
  if (!spelling) return undefined;
  const out: Step[] = [];
  for (let i = fn.body[0]; i < fn.body[1]; i++) {
    const s: Stmt = src.stmts[i];
    if (!s.toks.length) continue;
    if (s.toks.length === 1 && s.toks[0].kind === 'str') continue; // a docstring
    if (s.opens || s.close) return undefined;
    const text = src.text.slice(s.toks[0].start, s.toks[s.toks.length - 1].end);
    const line = src.lineAt(s.toks[0].start);
    const ret = /^return\s+([\s\S]+)$/.exec(text);
    if (ret) {
      out.push({ kind: 'return', value: ret[1], line });
      continue;
    }
    const m = spelling.assign.exec(text);
    if (!m) return undefined;
    out.push({ kind: m[2] !== undefined ? 'write' : 'assign', name: m[1], index: m[2], value: m[3], line });
  }
  return out;
}

/**
 * The element indices (0-based) `index` selects in a vector of length n, or undefined. NumPy: `k`,
 * `-1`, `a:b`, `1:-1`, `:`; MATLAB (one-based, inclusive ranges): `k`, `end`, `2:end`, `:`.
 */
function selected(index: string, n: number, oneBased = false): number[] | undefined {
  if (oneBased) {
    const at = (t: string) => (t.trim() === 'end' ? n : /^\s*\d+\s*$/.test(t) ? Number(t) : NaN);
    const parts = index.split(':');
    if (parts.length === 1 && parts[0].trim() === '') return undefined;
    if (parts.length === 2 && !parts[0].trim() && !parts[1].trim()) return Array.from({ length: n }, (_, k) => k);
    const [a, b] = parts.length === 1 ? [at(parts[0]), at(parts[0])] : parts.length === 2 ? [at(parts[0]), at(parts[1])] : [NaN, NaN];
    if (!(a >= 1 && b <= n && a <= b + 1)) return undefined;
    return Array.from({ length: b - a + 1 }, (_, i) => a - 1 + i);
  }
  const at = (s: string, dflt: number) => {
    if (!s.trim()) return dflt;
    if (!/^\s*-?\d+\s*$/.test(s)) return NaN;
    const k = Number(s);
    return k < 0 ? n + k : k;
  };
  const parts = index.split(':');
  if (parts.length === 1) {
    const k = at(parts[0], NaN);
    return k >= 0 && k < n ? [k] : undefined;
  }
  if (parts.length !== 2) return undefined;
  const a = Math.max(0, Math.min(n, at(parts[0], 0)));
  const b = Math.max(0, Math.min(n, at(parts[1], n)));
  if (!Number.isFinite(a) || !Number.isFinite(b)) return undefined;
  return Array.from({ length: Math.max(0, b - a) }, (_, i) => a + i);
}

/** What running a body gave: the returned value (or the outputs' env) and the line of each element written by slices. */
interface Ran {
  value: NDArray;
  env: Env;
  lines: Map<string, Map<number, number>>;
  returnedLines?: Map<number, number>;
}

const COMPILED = new Map<string, CompiledArray>();

/** Runs the steps on `env`: up to a `return`, or to the end of a body whose outputs are named (MATLAB). */
function run(steps: Step[], env: Env, lang: Lang, outputs?: string[]): Ran {
  const oneBased = SPELLINGS[lang]?.oneBased ?? false;
  const lines = new Map<string, Map<number, number>>();
  const evaluate = (text: string) => {
    const shapes = names(Object.entries(env).map(([k, v]) => [k, shapeOfValue(v)] as const));
    // finite differences run the body many times at the same shapes: compile each line once
    const key = `${lang}\u0000${text}\u0000${JSON.stringify(shapes)}`;
    let c = COMPILED.get(key);
    if (!c) {
      if (COMPILED.size > 500) COMPILED.clear();
      COMPILED.set(key, (c = compileArray(text, lang, shapes)));
    }
    return c.value(env);
  };
  for (const s of steps) {
    if (s.kind === 'return') {
      const name = s.value.trim();
      const value = evaluate(s.value);
      // a returned expression (`return np.zeros_like(x)`) is written on the return line
      const own = Array.isArray(value) ? new Map(value.map((_, k) => [k, s.line])) : undefined;
      return { value, env, lines, returnedLines: (NAME.test(name) ? lines.get(name) : undefined) ?? own };
    }
    const v = evaluate(s.value);
    if (s.kind === 'assign') {
      env[s.name!] = v;
      // a fresh array (`der = np.zeros_like(x)`): its elements come from this line until written;
      // a reshape of itself (`grad = grad(:)`) keeps where they came from
      const same = s.value.replace(/\s+/g, '').startsWith(`${s.name}(`) || s.value.trim() === s.name;
      if (Array.isArray(v) && !(same && lines.has(s.name!))) lines.set(s.name!, new Map(v.map((_, k) => [k, s.line])));
      continue;
    }
    // a MATLAB row or column (1×n, n×1) is written as the vector it is
    const target = Array.isArray(env[s.name!]) ? flat(env[s.name!]) : env[s.name!];
    if (!Array.isArray(target) || target.some(Array.isArray)) throw new Error(`${s.name}[${s.index}] is not a vector write`);
    const idx = selected(s.index!, target.length, oneBased);
    if (!idx) throw new Error(`index ${s.index} of ${s.name} at line ${s.line} is not read`);
    const vals = Array.isArray(v) ? flat(v) : idx.map(() => v);
    if (vals.length !== idx.length || vals.some(Array.isArray)) throw new Error(`${s.name}[${s.index}] at line ${s.line}: sizes differ`);
    const copy = target.slice();
    idx.forEach((k, i) => {
      copy[k] = vals[i];
      lines.get(s.name!)?.set(k, s.line);
    });
    env[s.name!] = copy;
  }
  if (outputs?.length && outputs.every((o) => o in env)) return { value: env[outputs[0]], env, lines };
  throw new Error('no return');
}

/** A vector, or an n×1 / 1×n matrix, as its numbers (MATLAB vectors are columns). */
function flat(v: NDArray): NDArray[] {
  if (!Array.isArray(v)) return [v];
  return v.every((r) => Array.isArray(r) && r.length === 1)
    ? v.map((r) => (r as NDArray[])[0])
    : v.length === 1 && Array.isArray(v[0])
      ? (v[0] as NDArray[])
      : v;
}

/** One point's comparison: the hand-written vector against finite differences of the objective. */
type Probe = (p: number[]) => { f: (pt: Record<string, number>) => number; hand: number[]; lines?: Map<number, number> };

/**
 * The verdict of a vectorized pair, or undefined when its code is not read this way (the caller keeps
 * its "not checked" reason). Never a verdict from code it did not fully evaluate.
 */
export function verifyVectorized(
  src: Source,
  spec: PairSpec,
  opts: { rtol?: number; atol?: number; at?: Record<string, unknown> },
  base: PairResult,
): PairResult | undefined {
  if (spec.only) return undefined;
  if (spec.combined?.kind === 'outputs') return verifyOutputs(src, spec, opts, base);
  if (src.lang !== 'python' || spec.combined) return undefined;
  const o = spec.objective;
  const g = spec.gradient;
  if (o.params.length !== 1 || g.params.length !== 1 || !spec.x0?.length) return undefined;
  const oSteps = stepsOf(src, o);
  const gSteps = stepsOf(src, g);
  if (!oSteps || !gSteps) return undefined;
  const x = o.params[0];
  const probe: Probe = (p) => {
    const hand = run(gSteps, { [g.params[0]]: p.slice() }, src.lang);
    if (!Array.isArray(hand.value) || hand.value.length !== p.length || hand.value.some(Array.isArray))
      throw new Error(`${g.name} does not return a vector of ${p.length} numbers`);
    return {
      f: (pt) => {
        const y = run(oSteps, { [x]: p.map((_, k) => pt[label(src, x, k)]) }, src.lang).value;
        return typeof y === 'number' ? y : NaN;
      },
      hand: hand.value as number[],
      lines: hand.returnedLines,
    };
  };
  return compare(src, spec, opts, base, x, spec.x0, probe, `${o.name}`, 'both functions evaluated as array code');
}

const label = (src: Source, x: string, k: number): string => SPELLINGS[src.lang]!.label(x, k);

/**
 * `function [J, grad] = cost(theta, X, y, lambda)` (MATLAB): one body gives the value and the
 * gradient. x is the parameter the gradient is shaped like (`grad = zeros(size(theta))`); the other
 * parameters are data, seeded at the shapes the body implies (X * theta: X has theta's length as
 * columns), since no call states them.
 */
function verifyOutputs(src: Source, spec: PairSpec, opts: { rtol?: number; atol?: number }, base: PairResult): PairResult | undefined {
  const o = spec.objective;
  const [fOut, gOut] = o.outputs ?? [];
  if (!SPELLINGS[src.lang] || !fOut || !gOut) return undefined;
  const steps = stepsOf(src, o);
  if (!steps) return undefined;
  const like = steps.map((s) => (s.kind === 'assign' && s.name === gOut ? SHAPED_LIKE.exec(s.value)?.[1] : undefined)).find(Boolean);
  const x = like ?? o.params[spec.xParam];
  if (!o.params.includes(x)) return undefined;
  const data = dataValues(src.lang, steps, o.params, x, spec.x0?.length);
  if (!data) return undefined;
  const n = data.n;
  const rnd = seeded(n * 104729 + 7);
  const x0 = spec.x0 ?? Array.from({ length: n }, () => Math.round((rnd() - 0.5) * 2000) / 1000);
  const probe: Probe = (p) => {
    const hand = run(steps, { ...data.values, [x]: p.slice() }, src.lang, [fOut, gOut]);
    const gv = flat(hand.env[gOut]);
    if (gv.length !== n || gv.some(Array.isArray)) throw new Error(`${gOut} is not a vector of ${n} numbers`);
    return {
      f: (pt) => {
        const y = run(steps, { ...data.values, [x]: p.map((_, k) => pt[label(src, x, k)]) }, src.lang, [fOut, gOut]).value;
        return typeof y === 'number' ? y : Array.isArray(y) && flat(y).length === 1 ? (flat(y)[0] as number) : NaN;
      },
      hand: gv as number[],
      lines: hand.lines.get(gOut),
    };
  };
  const shown = Object.entries(data.shapes)
    .map(([k, sh]) => `${k} ${sh.length ? sh.join('×') : 'scalar'}`)
    .join(', ');
  return compare(
    src,
    spec,
    opts,
    base,
    x,
    x0,
    probe,
    fOut,
    `the body evaluated as array code, with seeded data ${shown}`,
    ` (seeded ${shown})`,
  );
}

/** `grad = zeros(size(theta))`: the gradient is shaped like theta (group 1). */
const SHAPED_LIKE = /^(?:zeros|zeros_like|np\.zeros_like)\s*\(\s*(?:size\s*\(\s*)?([A-Za-z_]\w*)/;

/** Sizes given to the dimensions the body leaves symbolic (x's own length is x0's, or 3). */
const DATA_SIZES = [5, 4, 6, 7, 2];
/** x's length while the shapes are inferred. */
const X_DIM = 'n_x';

/** Seeded values for the data parameters, at the shapes the body implies; undefined if they cannot be told. */
function dataValues(
  lang: Lang,
  steps: Step[],
  params: string[],
  x: string,
  n0?: number,
): { n: number; values: Env; shapes: Record<string, number[]> } | undefined {
  const asts: Ast[] = [];
  const defined: Record<string, Ast> = {};
  try {
    for (const s of steps) {
      const a = parseArray(s.value, lang);
      asts.push(a);
      if (s.kind === 'assign' && !params.includes(s.name!) && !defined[s.name!]) defined[s.name!] = a;
    }
  } catch {
    return undefined;
  }
  const inferred = inferShapes(asts, { [x]: [X_DIM] }, defined, lang !== 'python');
  const n = n0 ?? 3;
  const symbolic: Record<string, Dims> = {};
  for (const p of params) {
    if (p === x) continue;
    if (!inferred.shapes[p]) return undefined;
    symbolic[p] = inferred.shapes[p].map((d) => (d === X_DIM ? n : d));
  }
  // the array check's own draws: small distinct sizes, elements in (0.2, 0.9) (a scalar datum such as
  // lambda is positive, as such parameters are)
  const shapes = concreteShapes(symbolic, DATA_SIZES);
  const values: Env = randomArrays(shapes, 97) as Env;
  return { n, values, shapes };
}

/** Compares at x0 and seeded points; the worst point per component is kept. */
function compare(
  src: Source,
  spec: PairSpec,
  opts: { rtol?: number; atol?: number },
  base: PairResult,
  x: string,
  x0: number[],
  probe: Probe,
  fName: string,
  how: string,
  /** said after the point in a failing component's message (the seeded data it was checked with) */
  withData = '',
): PairResult | undefined {
  const n = x0.length;
  const rnd = seeded(n * 7919 + 17);
  const points = [x0, ...Array.from({ length: RANDOM_POINTS }, () => x0.map((v) => v + (rnd() - 0.5)))];
  const variables = Array.from({ length: n }, (_, k) => label(src, x, k));
  const worst: (ComponentResult & { score: number })[] = [];
  try {
    points.forEach((p, pi) => {
      const { f, hand, lines } = probe(p);
      const point = names(variables.map((v, k) => [v, p[k]] as const));
      const analytic = names(variables.map((v, k) => [v, hand[k]] as const));
      const check = checkGradient(f, point, analytic, { rtol: opts.rtol, atol: opts.atol, variables });
      check.components.forEach((c, k) => {
        const score = c.ok ? 0 : Number.isFinite(c.relError) ? c.relError : Infinity;
        if (worst[k] && worst[k].score >= score) return;
        worst[k] = {
          variable: c.variable,
          line: lines?.get(k) ?? spec.gradient.line,
          handwritten: Number.isFinite(c.analytic) ? c.analytic : null,
          expected: Number.isFinite(c.numeric) ? c.numeric : null,
          relError: Number.isFinite(c.relError) ? c.relError : null,
          ok: c.ok,
          point: pi,
          score,
          ...(c.ok
            ? {}
            : {
                message: `∂${fName}/∂${c.variable} written here is ${fmt(c.analytic)}, the derivative is ${fmt(c.numeric)} at ${x} = [${p.map(fmt).join(', ')}]${withData}`,
              }),
        };
      });
    });
  } catch {
    return undefined;
  }
  const components = worst.map(({ score, ...c }) => (void score, c));
  return {
    ...base,
    variables,
    points: points.map((p) => ({ [x]: p })),
    ok: components.every((c) => c.ok),
    components,
    note: `vectorized: ${how}; each component compared with finite differences of ${fName} (no symbolic derivative)`,
  };
}

function fmt(v: number): string {
  return Number.isFinite(v) ? String(Number(v.toPrecision(6))) : String(v);
}
