// Vectorized pairs (issue #11): an objective and a hand-written gradient written with whole arrays
// and slices (SciPy's `rosen`/`rosen_der`: `sum(100*(x[1:] - x[:-1]**2)**2 + …)`, `der[1:-1] = …`,
// `der[0] = …`). Both bodies are straight-line code read statement by statement; each right-hand side
// is evaluated by the array engine (../array) on the values so far, each slice write is applied to
// the gradient array, and every component is compared with finite differences of the objective (the
// scalar check's Ridders differences and tolerance) at the call's x0 and seeded points. Anything else
// (a loop, a branch, a call we cannot evaluate) gives undefined: the caller keeps "not checked" with
// its reason. Python only for now (0-based indices and NumPy slices).
import { compileArray, type NDArray } from '../array';
import { checkGradient } from '../numeric/gradcheck';
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

/** The statements of a function body as steps; undefined for anything but straight-line assignments. */
function stepsOf(src: Source, fn: FnDef): Step[] | undefined {
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
    const m = /^([A-Za-z_]\w*)\s*(?:\[([^\][]*)\])?\s*=(?!=)\s*([\s\S]+)$/.exec(text);
    if (!m) return undefined;
    out.push({ kind: m[2] !== undefined ? 'write' : 'assign', name: m[1], index: m[2], value: m[3], line });
  }
  return out;
}

/** The element indices `index` selects in a vector of length n (`k`, `-1`, `a:b`, `1:-1`, `:`), or undefined. */
function selected(index: string, n: number): number[] | undefined {
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

const shapeOf = (v: NDArray): number[] => {
  const s: number[] = [];
  for (let x: NDArray = v; Array.isArray(x); x = x[0]) s.push(x.length);
  return s;
};

/** Runs the steps on `env`; returns the returned value and, per element of an array written by slices, its line. */
function run(steps: Step[], env: Env, lang: Source['lang']): { value: NDArray; lines?: Map<number, number> } {
  const lines = new Map<string, Map<number, number>>();
  const evaluate = (text: string) => {
    const shapes = names(Object.entries(env).map(([k, v]) => [k, shapeOf(v)] as const));
    return compileArray(text, lang, shapes).value(env);
  };
  for (const s of steps) {
    if (s.kind === 'return') {
      const name = s.value.trim();
      const value = evaluate(s.value);
      // a returned expression (`return np.zeros_like(x)`) is written on the return line
      const own = Array.isArray(value) ? new Map(value.map((_, k) => [k, s.line])) : undefined;
      return { value, lines: (NAME.test(name) ? lines.get(name) : undefined) ?? own };
    }
    const v = evaluate(s.value);
    if (s.kind === 'assign') {
      env[s.name!] = v;
      // a fresh array (`der = np.zeros_like(x)`): its elements come from this line until written
      if (Array.isArray(v)) lines.set(s.name!, new Map(v.map((_, k) => [k, s.line])));
      continue;
    }
    const target = env[s.name!];
    if (!Array.isArray(target) || target.some(Array.isArray)) throw new Error(`${s.name}[${s.index}] is not a vector write`);
    const idx = selected(s.index!, target.length);
    if (!idx) throw new Error(`index ${s.index} of ${s.name} at line ${s.line} is not read`);
    const vals = Array.isArray(v) ? (v as NDArray[]) : idx.map(() => v);
    if (vals.length !== idx.length || vals.some(Array.isArray)) throw new Error(`${s.name}[${s.index}] at line ${s.line}: sizes differ`);
    const copy = target.slice();
    idx.forEach((k, i) => {
      copy[k] = vals[i];
      lines.get(s.name!)?.set(k, s.line);
    });
    env[s.name!] = copy;
  }
  throw new Error('no return');
}

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
  if (src.lang !== 'python' || spec.combined || spec.only) return undefined;
  const o = spec.objective;
  const g = spec.gradient;
  if (o.params.length !== 1 || g.params.length !== 1 || !spec.x0?.length) return undefined;
  const oSteps = stepsOf(src, o);
  const gSteps = stepsOf(src, g);
  if (!oSteps || !gSteps) return undefined;
  const x = o.params[0];
  const n = spec.x0.length;
  const rnd = seeded(n * 7919 + 17);
  const points = [spec.x0, ...Array.from({ length: RANDOM_POINTS }, () => spec.x0!.map((v) => v + (rnd() - 0.5)))];
  const variables = Array.from({ length: n }, (_, k) => `${x}[${k}]`);
  const worst: (ComponentResult & { score: number })[] = [];
  try {
    points.forEach((p, pi) => {
      const f = (pt: Record<string, number>) => {
        const y = run(oSteps, { [x]: variables.map((v) => pt[v]) }, src.lang).value;
        return typeof y === 'number' ? y : NaN;
      };
      const hand = run(gSteps, { [g.params[0]]: p.slice() }, src.lang);
      if (!Array.isArray(hand.value) || hand.value.length !== n || hand.value.some(Array.isArray))
        throw new Error(`${g.name} does not return a vector of ${n} numbers`);
      const values = hand.value as number[];
      const point = names(variables.map((v, k) => [v, p[k]] as const));
      const analytic = names(variables.map((v, k) => [v, values[k]] as const));
      const check = checkGradient(f, point, analytic, { rtol: opts.rtol, atol: opts.atol, variables });
      check.components.forEach((c, k) => {
        const score = c.ok ? 0 : Number.isFinite(c.relError) ? c.relError : Infinity;
        if (worst[k] && worst[k].score >= score) return;
        const line = hand.lines?.get(k) ?? g.line;
        worst[k] = {
          variable: c.variable,
          line,
          handwritten: Number.isFinite(c.analytic) ? c.analytic : null,
          expected: Number.isFinite(c.numeric) ? c.numeric : null,
          relError: Number.isFinite(c.relError) ? c.relError : null,
          ok: c.ok,
          point: pi,
          score,
          ...(c.ok
            ? {}
            : {
                message: `∂${o.name}/∂${c.variable} written here is ${fmt(c.analytic)}, the derivative is ${fmt(c.numeric)} at ${x} = [${p.map(fmt).join(', ')}]`,
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
    note: `vectorized: both functions evaluated as array code; each component compared with finite differences of ${o.name} (no symbolic derivative)`,
  };
}

function fmt(v: number): string {
  return Number.isFinite(v) ? String(Number(v.toPrecision(6))) : String(v);
}
