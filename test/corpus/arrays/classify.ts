// Runs the hover on every case of the array corpus (README here) and classifies it: right, refused
// (with the operation and column), wrong (a value differs, or array code answered as scalars),
// silent. Shared by the unit test's ratchet and `npm run bench`.
import * as fs from 'fs';
import * as path from 'path';
import { compileArray, type NDArray, type Shape } from '../../../src/core/array';
import { hoverAt } from '../../../src/core/hover';
import { analyzeFoundArray, arrayContext } from '../../../src/core/hover/arrayModel';
import type { Lang } from '../../../src/core/types';

export interface ArrayCase {
  id: string;
  file: string;
  needle: string;
  lang: Lang;
  kind: 'scalar' | 'array' | 'refuse';
  at: Record<string, NDArray>;
  gradient?: Record<string, NDArray>;
  lhs?: string;
  upstream?: NDArray;
  value?: NDArray;
  total?: { at: Record<string, NDArray>; gradient: Record<string, NDArray> };
}

/** unverified: the hover answered, but the engine could not evaluate its answer at the corpus point */
export type Outcome = 'right' | 'refused' | 'wrong' | 'silent' | 'unverified';

export interface ArrayResult {
  c: ArrayCase;
  outcome: Outcome;
  /** totals through the fixture's earlier lines, when the case has them */
  total?: 'right' | 'wrong' | 'missing';
  why: string;
  /** what the hover said besides its values (problem, notes, why totals stopped): for naming checks */
  said?: string;
}

export const ARRAY_LANGS: Lang[] = ['python', 'julia', 'matlab', 'r'];

/** The corpus folder (the tests run from out/, the fixtures stay in test/). */
export function corpusDir(): string {
  for (const d of [path.resolve(__dirname), path.resolve(__dirname, '../../../../test/corpus/arrays'), path.resolve('test/corpus/arrays')])
    if (fs.existsSync(path.join(d, 'expected.json'))) return d;
  throw new Error('test/corpus/arrays/expected.json not found');
}

export function loadCases(): ArrayCase[] {
  return JSON.parse(fs.readFileSync(path.join(corpusDir(), 'expected.json'), 'utf8')) as ArrayCase[];
}

function shapeOf(x: NDArray): Shape {
  const out: number[] = [];
  for (let c: NDArray = x; Array.isArray(c); c = c[0]) out.push(c.length);
  return out;
}

const flat = (x: NDArray): number[] => (Array.isArray(x) ? x.flatMap(flat) : [x]);

/** Same shape and every element within 1e-6 of the largest element (relative). */
function close(got: NDArray | undefined, want: NDArray): string | undefined {
  if (got === undefined) return 'no value';
  const g = flat(got);
  const w = flat(want);
  // a 1×1 or (n,1) result compared with a scalar or (n,): same elements are what counts
  if (g.length !== w.length) return `shape ${JSON.stringify(shapeOf(got))} vs ${JSON.stringify(shapeOf(want))}`;
  const scale = Math.max(1e-12, ...w.map(Math.abs));
  const k = g.findIndex((v, i) => !(Math.abs(v - w[i]) <= 1e-6 * scale));
  return k < 0 ? undefined : `element ${k}: ${g[k]} vs ${w[k]}`;
}

/** A reassigned name is `loss_0`/`loss_1` before its last assignment (as in ../lines): the same value. */
function versioned(point: Record<string, NDArray>): Record<string, NDArray> {
  const at: Record<string, NDArray> = { ...point };
  for (const [k, v] of Object.entries(point)) for (const s of ['_0', '_1']) at[k + s] ??= v;
  return at;
}

/** a refusal says where: a column, or the line when the operation is the whole line's (printing) */
const PRECISE = /column \d+|\(line \d+\)/;

export function classify(c: ArrayCase, text: string): ArrayResult {
  const idx = text.indexOf(c.needle);
  if (idx < 0) return { c, outcome: 'silent', why: `needle not in ${c.file}` };
  return classifyAt(c, text, idx + c.needle.length - 1);
}

/** The case with the cursor at `offset` (the real-code corpus, ../lines, gives positions, not needles). */
export function classifyAt(c: ArrayCase, text: string, offset: number): ArrayResult {
  const res = hoverAt(text, c.lang, offset, { plot: false });
  if (!res) return { c, outcome: 'silent', why: 'no hover' };
  const m = res.model;
  if (m.problem) {
    // a call of another file's function: the refusal names it (the line has no operation to place)
    return PRECISE.test(m.problem) || res.found.context.external ? { c, outcome: 'refused', why: m.problem, said: m.problem } : { c, outcome: 'silent', why: `vague refusal: ${m.problem}` };
  }
  let said = m.notes.join(' ');
  if (!m.array) return { c, outcome: 'wrong', why: `read as scalars: ${m.partials.map((p) => `${p.label} = ${p.text}`).join('; ')}` };
  if (c.kind === 'refuse') return { c, outcome: 'wrong', why: `answered where no derivative exists: ${m.parsed}` };
  const at = versioned(c.at);
  const shapes: Record<string, Shape> = Object.fromEntries(Object.entries(at).map(([k, v]) => [k, shapeOf(v)]));
  const ctx = arrayContext(res.found, text, offset);
  let why = '';
  let outcome: Outcome = 'right';
  try {
    // the line's own gradients: its names independent (the followed definitions are for the totals)
    const alone = { ...res.found, context: { ...res.found.context, where: {} } };
    const a = analyzeFoundArray(alone, ctx, res.found.lang, { at, shapes });
    for (const [v, want] of Object.entries(c.gradient ?? {})) {
      let got: NDArray | undefined;
      if (c.kind === 'array') {
        const b = a.backward?.find((x) => x.name === `d${v}`);
        if (!b) {
          why += `no d${v}; `;
          outcome = 'wrong';
          continue;
        }
        const env: Record<string, NDArray> = { ...c.at, [c.lhs!]: c.value!, [`d${c.lhs}`]: c.upstream!, dout: c.upstream! };
        got = compileArray(b.text, c.lang, Object.fromEntries(Object.entries(env).map(([k, x]) => [k, shapeOf(x)]))).value(env);
      } else got = a.values?.[v];
      const bad = close(got, want);
      if (bad === 'no value') {
        why += `${v}: no value; `;
        if (outcome === 'right') outcome = 'unverified';
      } else if (bad) {
        why += `${v}: ${bad}; `;
        outcome = 'wrong';
      }
    }
    let total: ArrayResult['total'];
    if (c.total) {
      try {
        const tat = versioned(c.total.at);
        const tshapes = Object.fromEntries(Object.entries(tat).map(([k, v]) => [k, shapeOf(v)]));
        const t = analyzeFoundArray(res.found, ctx, res.found.lang, { at: tat, shapes: tshapes });
        // a root reassigned below (`theta(1) = 0`) is the input `theta_0` for the hover: one name
        const got = (v: string) => t.totalValues?.[v] ?? t.totalValues?.[`${v}_0`];
        said += ' ' + t.notes.join(' ');
        const wrong = Object.entries(c.total.gradient).filter(([v, want]) => close(got(v), want) !== undefined);
        total = !t.totalValues ? 'missing' : wrong.length ? 'wrong' : 'right';
        if (wrong.length) why += `total ${wrong.map(([v]) => `${v} (${close(got(v), c.total!.gradient[v])})`).join(', ')} differ; `;
      } catch (e) {
        total = 'missing';
        why += `totals not computed: ${(e as Error).message}; `;
        said += ' ' + (e as Error).message;
      }
    }
    return { c, outcome, total, why: why || 'ok', said };
  } catch (e) {
    return { c, outcome: 'unverified', why: `the hover answered but its values could not be computed: ${(e as Error).message}`, said };
  }
}

export function runArrayCorpus(): ArrayResult[] {
  const dir = corpusDir();
  return loadCases().map((c) => classify(c, fs.readFileSync(path.join(dir, c.file), 'utf8')));
}

export function countArrays(results: ArrayResult[]): Record<string, Record<Outcome, number>> {
  const out: Record<string, Record<Outcome, number>> = {};
  for (const r of results) {
    const row = (out[r.c.lang] ??= { right: 0, refused: 0, wrong: 0, silent: 0, unverified: 0 });
    row[r.outcome]++;
  }
  return out;
}
