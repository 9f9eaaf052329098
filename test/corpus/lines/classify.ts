// The real-code corpus (test/corpus/lines): modelled excerpts of public files (their formula lines verbatim), with the values
// SymPy gives for every formula line (reference/<id>.py). This module runs the hover engine at each
// recorded cursor position and sorts the outcome; the unit test and the bench both use it.
import { readdirSync, readFileSync, existsSync } from 'fs';
import * as path from 'path';
import { hoverAt, type HoverModel } from '../../../src/core/hover';
import type { NDArray } from '../../../src/core/array';
import { candidatePaths, type FileReader } from '../../../src/core/document';
import type { Lang, Point } from '../../../src/core/types';
import { classifyAt as classifyArray } from '../arrays/classify';

export interface FormulaPosition {
  kind: 'formula';
  line: number;
  column: number;
  source_line: number;
  target: string | null;
  at: Point;
  partials: Record<string, number>;
  totals: Record<string, number> | null;
  sympy: string;
  sympy_total: string | null;
  note?: string;
}

export interface DeclinePosition {
  kind: 'decline';
  line: number;
  column: number;
  source_line: number;
  why: string;
}

/**
 * A line of array code (matrix products, transposes, reductions): measured as the array corpus
 * measures (../arrays, README there), against NumPy: `output` scalar gives `gradient` per input at
 * `at`; array gives the backward pass, `gradient` of sum(upstream ⊙ line) with the upstream `d<lhs>`.
 */
export interface ArrayPosition {
  kind: 'array';
  line: number;
  column: number;
  source_line: number;
  output: 'scalar' | 'array';
  at: Record<string, NDArray>;
  gradient: Record<string, NDArray>;
  lhs?: string;
  upstream?: NDArray;
  value?: NDArray;
  total?: { at: Record<string, NDArray>; gradient: Record<string, NDArray> };
  /** functions of other files the totals run through: totals refused naming each of them are right */
  external: string[];
  numpy: string;
  note?: string;
}

export interface Region {
  id: string;
  lang: Lang;
  repo: string;
  path: string;
  commit: string;
  lines: [number, number];
  file: string;
  /** Import specifier → corpus file (same folder) with the imported file's text: the sibling the hover may read. */
  imports?: Record<string, string>;
  /** false: the file is a modelled excerpt (README, Provenance); `notes` lists its departures. */
  verbatim?: boolean;
  notes?: string[];
  positions: (FormulaPosition | DeclinePosition | ArrayPosition)[];
}

/**
 * right: partials and totals match; wrong: a value or a variable differs (the worst outcome);
 * silent: no hover at all on a formula; declined: a hover that says why it gives no (or only
 * partial) derivatives: a problem, or totals stopped with a note while the partials are right;
 * correct-decline: no derivatives on a line that is not math; false-hit: derivatives on such a line;
 * unverified: an array answer the engine could not evaluate at the point (never counted as right).
 */
export type Outcome = 'right' | 'wrong' | 'silent' | 'declined' | 'unverified' | 'correct-decline' | 'false-hit';

export interface Result {
  region: Region;
  position: FormulaPosition | DeclinePosition | ArrayPosition;
  outcome: Outcome;
  /** What differed, for wrong and declined outcomes. */
  detail?: string;
  /** `<region id>:<line>:<column>` (the original file's line), the key of the known-failure list. */
  key: string;
}

export const CORPUS_DIR = path.join(process.cwd(), 'test', 'corpus', 'lines');
export const LANGS: Lang[] = ['python', 'javascript', 'typescript', 'c', 'cpp', 'julia', 'matlab', 'r', 'latex', 'markdown'];

export function loadCorpus(dir = CORPUS_DIR): { region: Region; text: string; files?: FileReader }[] {
  const out: { region: Region; text: string; files?: FileReader }[] = [];
  for (const lang of LANGS) {
    const d = path.join(dir, lang);
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d).filter((n) => n.endsWith('.json')).sort()) {
      const region = JSON.parse(readFileSync(path.join(d, f), 'utf8')) as Region;
      out.push({ region, text: readFileSync(path.join(d, region.file), 'utf8'), files: siblings(region, d) });
    }
  }
  return out;
}

/** The region's imported files as the editor would hand them over: by path beside the document, each import's first candidate. */
function siblings(region: Region, dir: string): FileReader | undefined {
  if (!region.imports) return undefined;
  const byPath = new Map<string, string>();
  for (const [spec, file] of Object.entries(region.imports)) {
    const p = candidatePaths(region.lang, spec, '')[0];
    if (p === undefined) throw new Error(`${region.id}: import '${spec}' names no file beside the document`);
    byPath.set(p, readFileSync(path.join(dir, file), 'utf8'));
  }
  return (p) => byPath.get(p);
}

function offsetOf(text: string, line: number, column: number): number {
  let start = 0;
  for (let l = 1; l < line; l++) start = text.indexOf('\n', start) + 1;
  return start + column - 1;
}

const TOL = 1e-6;
function close(a: number | undefined, b: number): boolean {
  if (a === undefined || !Number.isFinite(a)) return false;
  return Math.abs(a - b) <= TOL * Math.max(1, Math.abs(a), Math.abs(b));
}

/** `x_0`, `x_1` and `x` are one name when only one of them is on each side (the SSA suffix of an input is presentation). */
function sameNames(expected: Record<string, number>, got: { variable: string; value?: number }[]): { variable: string; value?: number }[] {
  const names = new Set(got.map((g) => g.variable));
  const base = (v: string) => v.replace(/_\d+$/, '');
  return got.map((g) => {
    if (g.variable in expected) return g;
    // one side is the input (`x`, `x_0`): `q_1` and `q_2` are different names
    const input = (v: string) => v === base(v) || v.endsWith('_0');
    const alt = Object.keys(expected).filter((e) => base(e) === base(g.variable) && !names.has(e) && (input(e) || input(g.variable)));
    return alt.length === 1 ? { ...g, variable: alt[0] } : g;
  });
}

/** `x_0` also under the name `x` (unless given): a hover that does not see the reassignment calls the input `x`. */
function withBaseNames(at: Point): Point {
  const out = { ...at };
  for (const [k, v] of Object.entries(at)) if (k.endsWith('_0') && !(k.slice(0, -2) in out)) out[k.slice(0, -2)] = v;
  return out;
}

/** Values for hover inputs `x_k` (k ≥ 1) the point names `x_0`, when no other version of x is an input. */
function versionedInputs(m: HoverModel, at: Point): Point | undefined {
  const inputs = [...(m.totals?.lines ?? []), ...m.partials].map((l) => l.variable);
  const out: Point = {};
  for (const v of inputs) {
    const base = v.replace(/_\d+$/, '');
    if (v in at || base === v || v.endsWith('_0') || !(`${base}_0` in at) || inputs.includes(`${base}_0`)) continue;
    if (inputs.some((u) => u !== v && u !== base && u.replace(/_\d+$/, '') === base)) continue;
    out[v] = at[`${base}_0`];
  }
  return Object.keys(out).length ? out : undefined;
}

/**
 * The point with the root `x` it names passed as `x_0` when the hover's totals take `x_0` as the input
 * and `x` is a later version the code defines (`σ = one(σ)` in a branch above): the reference's root
 * is the value x enters with, and the defined x is computed, not given.
 */
function inputBeforeDefinitions(m: HoverModel, at: Point): Point | undefined {
  const inputs = m.totals?.lines.map((l) => l.variable) ?? [];
  const out: Point = { ...at };
  let changed = false;
  for (const v of inputs) {
    const base = v.slice(0, -2);
    if (!v.endsWith('_0') || v in at || !(base in at) || inputs.includes(base)) continue;
    out[v] = at[base];
    delete out[base];
    changed = true;
  }
  return changed ? out : undefined;
}

/** Differences between expected values and the hover's lines, as text ('' when they agree). */
function compare(expected: Record<string, number>, gotLines: { variable: string; value?: number }[], what: string): string {
  const diffs: string[] = [];
  const seen = new Set<string>();
  const got = sameNames(expected, gotLines);
  for (const g of got) {
    seen.add(g.variable);
    if (!(g.variable in expected)) diffs.push(`${what} by ${g.variable} not expected`);
    else if (!close(g.value, expected[g.variable])) diffs.push(`${what} by ${g.variable}: ${g.value} ≠ ${expected[g.variable]}`);
  }
  for (const v of Object.keys(expected)) if (!seen.has(v)) diffs.push(`${what} by ${v} missing`);
  return diffs.join('; ');
}

function stoppedNote(m: HoverModel): boolean {
  return m.notes.some((n) => /not followed|Stopped at|only the assignments after|inputs after it|are inputs here|an input here/.test(n));
}

export function classify(region: Region, text: string, p: FormulaPosition | DeclinePosition | ArrayPosition, files?: FileReader): Result {
  const key = `${region.id}:${p.source_line}:${p.column}`;
  const base = { region, position: p, key };
  const offset = offsetOf(text, p.line, p.column);
  if (p.kind === 'array') return { ...base, ...arrayOutcome(region, text, offset, key, p) };
  const at = p.kind === 'formula' ? withBaseNames(p.at) : undefined;
  let h = hoverAt(text, region.lang, offset, { at, plot: false, line: p.line, files });
  // the input after a branch that assigns x is `x_1` for the hover (x as of that line), `x_0` for the
  // reference when x is not read before: one name (as sameNames takes it), so one value
  const moved = at && h?.model ? versionedInputs(h.model, at) : undefined;
  const before = at && h?.model ? inputBeforeDefinitions(h.model, at) : undefined;
  if (moved || before) h = hoverAt(text, region.lang, offset, { at: { ...(before ?? at), ...moved }, plot: false, line: p.line, files });
  const m = h?.model;
  if (p.kind === 'decline') {
    const hit = m && !m.problem && (m.partials.length || m.totals?.lines.length || m.jacobian);
    return hit ? { ...base, outcome: 'false-hit', detail: `${m.target} = ${m.parsed}` } : { ...base, outcome: 'correct-decline' };
  }
  // a constant (`const c2 = c1 * 1.525` with c1 a number): nothing to differentiate, no hover
  const constant = !Object.keys(p.partials).length && !p.totals;
  if (!m) return { ...base, outcome: constant ? 'right' : 'silent' };
  if (m.problem) return { ...base, outcome: 'declined', detail: m.problem };
  // array code answered in array form (issue #11): no per-element scalar values to compare here; its
  // gradients are measured against NumPy in test/corpus/arrays
  if (m.array) return { ...base, outcome: 'declined', detail: `array code: ${m.array.shapes.map((s) => `${s.name} ${s.shape}`).join(', ')}` };
  if (m.jacobian) return { ...base, outcome: 'wrong', detail: 'a Jacobian where one output was expected' };
  const partials = compare(p.partials, m.partials, '∂');
  const gotTotals = m.totals?.lines;
  const totals = p.totals
    ? (gotTotals ? compare(p.totals, gotTotals, 'd') : 'no totals')
    : (gotTotals ? compare(p.partials, gotTotals, 'd') : '');
  if (!partials && !totals) return { ...base, outcome: 'right' };
  if (!partials && stoppedNote(m)) return { ...base, outcome: 'declined', detail: `${totals} (${m.notes.join(' ')})` };
  // the hover says it took a name the code defines as an input (`Ω` on line 366 is not read, an
  // input here): its values are at that input's point, as it says, not the code's
  const named = new Set([...m.notes.join(' ').matchAll(/`([^`]+)`/g)].map((x) => x[1].replace(/\./g, '_')));
  const inputs = m.totals?.lines.map((l) => l.variable) ?? m.partials.map((l) => l.variable);
  if (p.totals && inputs.some((v) => named.has(v) && !(v in p.totals!))) return { ...base, outcome: 'declined', detail: `${partials}; ${totals} (${m.notes.join(' ')})` };
  return { ...base, outcome: 'wrong', detail: [partials, totals].filter(Boolean).join('; ') + ` [parsed: ${m.parsed}]` };
}

/** An array position judged by the array corpus's classifier (one evaluator for both corpora). */
function arrayOutcome(region: Region, text: string, offset: number, key: string, p: ArrayPosition): { outcome: Outcome; detail: string } {
  const r = classifyArray({ ...p, id: key, file: region.file, needle: '', lang: region.lang, kind: p.output }, text, offset);
  switch (r.outcome) {
    case 'refused':
      return { outcome: 'declined', detail: r.why };
    case 'wrong':
    case 'silent':
    case 'unverified':
      return { outcome: r.outcome, detail: r.why };
  }
  // the line's own gradients are right; its totals must be too, or stopped naming another file's function
  if (r.total === 'wrong') return { outcome: 'wrong', detail: r.why };
  if (r.total === 'missing') {
    const named = p.external.length > 0 && p.external.every((f) => new RegExp(`\\b${f}\\b`).test(r.said ?? ''));
    return named ? { outcome: 'right', detail: `totals stopped at ${p.external.join(', ')}` } : { outcome: 'declined', detail: r.why };
  }
  return { outcome: 'right', detail: r.why };
}

export function runCorpus(): Result[] {
  const results: Result[] = [];
  for (const { region, text, files } of loadCorpus()) for (const p of region.positions) results.push(classify(region, text, p, files));
  return results;
}

export interface LangCounts {
  formulas: number;
  found: number;
  right: number;
  wrong: number;
  silent: number;
  declined: number;
  unverified: number;
  declines: number;
  falseHits: number;
}

export function countByLang(results: Result[]): Record<string, LangCounts> {
  const out: Record<string, LangCounts> = {};
  for (const r of results) {
    const c = (out[r.region.lang] ??= { formulas: 0, found: 0, right: 0, wrong: 0, silent: 0, declined: 0, unverified: 0, declines: 0, falseHits: 0 });
    switch (r.outcome) {
      case 'right': c.formulas++; c.found++; c.right++; break;
      case 'wrong': c.formulas++; c.found++; c.wrong++; break;
      case 'declined': c.formulas++; c.found++; c.declined++; break;
      case 'unverified': c.formulas++; c.found++; c.unverified++; break;
      case 'silent': c.formulas++; c.silent++; break;
      case 'correct-decline': c.declines++; break;
      case 'false-hit': c.declines++; c.falseHits++; break;
    }
  }
  return out;
}
