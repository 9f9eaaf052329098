// Array requests on the command line: `--at` values as JSON nested lists (commas inside brackets
// belong to the array), `--shapes X=5x3,w=3` (symbolic X=nxd), the array answers of diff and check.
import { analyzeArray, compileArray, shapeOfValue, usesArrayOps, type ArrayAnalysis, type NDArray, type Shape } from '../core/array';
import { checkGradient, DEFAULT_ATOL, DEFAULT_RTOL, METHOD } from '../core/numeric';
import { seeded } from '../core/numeric/random';
import { jsonNumber } from './args';
import { e2, g, textTable } from './format';
import { splitTopLevel, parsePoint } from '../core/report/point';
import { InputError, type Lang } from '../core/types';
import { names } from '../core/names';

/** `X=[[1,2],[3,4]],w=[0.5,-1],lam=0.1` → values (numbers may be constant expressions, as in scalar --at). */
export function parseArrayAt(text: string): Record<string, NDArray> {
  const out: Record<string, NDArray> = names();
  const scalars: string[] = [];
  for (const part of splitTopLevel(text)) {
    const eq = part.text.indexOf('=');
    if (eq < 0) throw new InputError(`--at expects name=value pairs, got '${part.text.trim()}'`, part.start + 1);
    const name = part.text.slice(0, eq).trim();
    if (!/^[\p{L}_][\p{L}\p{N}_]*$/u.test(name)) throw new InputError(`'${name}' in --at is not a variable name`, part.start + 1);
    const value = part.text.slice(eq + 1).trim();
    if (value.startsWith('[')) {
      let v: unknown;
      try {
        v = JSON.parse(value);
      } catch {
        throw new InputError(`the value of ${name} in --at is not a JSON nested list`, part.start + eq + 2);
      }
      out[name] = checkNested(v, name);
    } else scalars.push(`${name}=${value}`);
  }
  if (scalars.length) {
    const point = parsePoint(
      scalars.join(','),
      scalars.map((s) => s.slice(0, s.indexOf('='))),
    );
    for (const [k, v] of Object.entries(point)) out[k] = v;
  }
  return out;
}

function checkNested(v: unknown, name: string): NDArray {
  if (typeof v === 'number') return v;
  if (!Array.isArray(v) || v.length === 0) throw new InputError(`the value of ${name} in --at must be a non-empty list of numbers`);
  return v.map((x) => checkNested(x, name));
}

/** `X=5x3,w=3,lam=` (or `X=nxd`, `X=(n, d)`) → shapes; an empty shape is a scalar. */
export function parseShapes(text: string): Record<string, Shape> {
  const out: Record<string, Shape> = names();
  for (const part of splitTopLevel(text)) {
    const eq = part.text.indexOf('=');
    if (eq < 0) throw new InputError(`--shapes expects name=shape pairs such as X=5x3,w=3, got '${part.text.trim()}'`, part.start + 1);
    const name = part.text.slice(0, eq).trim();
    const body = part.text
      .slice(eq + 1)
      .trim()
      .replace(/^[([]|[)\]]$/g, '');
    const dims = body ? body.split(/\s*[x×,]\s*/) : [];
    out[name] = dims.map((d) => {
      if (/^\d+$/.test(d) && Number(d) > 0) return Number(d);
      if (/^[\p{L}_][\p{L}\p{N}_]*$/u.test(d)) return d;
      throw new InputError(`'${d}' in --shapes is not a size (a positive number or a name)`, part.start + eq + 2);
    });
  }
  return out;
}

/** An array request: shapes given, an array value in --at, or array operations in the text. */
export function isArrayRequest(source: string, lang: Lang, atText?: string, shapes?: string): boolean {
  return shapes !== undefined || (atText !== undefined && atText.includes('[')) || usesArrayOps(source, lang);
}

export function arrayDiffJson(a: ArrayAnalysis, target?: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (target) out.target = target;
  out.variables = a.variables;
  out.shapes = a.shapes;
  out.outputShape = a.outputShape;
  out.partials = a.partials;
  if (a.value !== undefined) out.value = a.value;
  if (a.values) out.values = a.values;
  if (a.total) {
    out.total = a.total;
    if (a.totalValues) out.totalValues = a.totalValues;
  }
  if (a.backward) out.backward = Object.fromEntries(a.backward.map((b) => [b.name, b.text]));
  if (a.shared)
    out.shared = { definitions: Object.fromEntries(a.shared.definitions.map((d) => [d.name, d.text])), partials: a.shared.partials };
  if (a.notes.length) out.notes = a.notes;
  return out;
}

const shapeText = (s: Shape) => `(${s.join(', ')}${s.length === 1 ? ',' : ''})`;
const valueText = (v: NDArray) => JSON.stringify(v);

export function arrayDiffText(a: ArrayAnalysis, target?: string): string {
  const f = target ?? 'f';
  const rows: [string, string][] = [];
  rows.push(['shapes', a.variables.map((v) => `${v} ${shapeText(a.shapes[v])}`).join(', ') + ` → ${f} ${shapeText(a.outputShape)}`]);
  // repeated subexpressions named once (z1 = …), as a hand-written backward pass reads
  for (const d of a.shared?.definitions ?? []) rows.push([d.name, d.text]);
  const shown = (k: string, t: string) => a.shared?.partials[k] ?? t;
  for (const [v, t] of Object.entries(a.partials)) rows.push([`∂${f}/∂${v}`, shown(v, t)]);
  for (const [v, t] of Object.entries(a.totalNamed ?? a.total ?? {})) rows.push([`d${f}/d${v}`, t]);
  for (const b of a.backward ?? []) rows.push([b.name, shown(b.name, b.text)]);
  let out = align(rows);
  if (a.value !== undefined) {
    const vrows: [string, string][] = [[f, valueText(a.value)]];
    for (const [v, x] of Object.entries(a.values ?? {})) vrows.push([a.backward ? `d${v}` : `∂${f}/∂${v}`, valueText(x)]);
    for (const [v, x] of Object.entries(a.totalValues ?? {})) vrows.push([`d${f}/d${v}`, valueText(x)]);
    out += 'at the point:\n' + align(vrows);
  }
  if (a.notes.length) out += a.notes.map((n) => `note: ${n}\n`).join('');
  return out;
}

function align(rows: [string, string][]): string {
  const width = Math.max(...rows.map(([l]) => [...l].length));
  return rows.map(([l, r]) => `${l}${' '.repeat(width - [...l].length)} = ${r}\n`).join('');
}

export function runArrayDiff(
  source: string,
  lang: Lang,
  o: { at?: string; shapes?: string; wrt?: string[]; where?: Record<string, string>; print?: Lang },
): ArrayAnalysis & { target?: string } {
  const target = /^\s*([\p{L}_][\p{L}\p{N}_]*)\s*(?:=(?!=)|<-)/u.exec(source)?.[1];
  const a = analyzeArray(source, lang, {
    at: o.at !== undefined ? parseArrayAt(o.at) : undefined,
    shapes: o.shapes !== undefined ? parseShapes(o.shapes) : undefined,
    wrt: o.wrt,
    where: o.where ? Object.entries(o.where).map(([name, text]) => ({ name, text })) : undefined,
    print: o.print,
    lhs: target,
  });
  return { ...a, target };
}

/** One variable's verdict: the largest relative error over its elements, and where. */
export interface ArrayComponent {
  variable: string;
  shape: number[];
  elements: number;
  /** 'elements': a finite difference per element; 'direction': along one random direction (large arrays) */
  method: 'elements' | 'direction';
  maxRelError: number;
  maxAbsError: number;
  /** index of the worst element (null along a direction) */
  worstIndex: number[] | null;
  analytic: number;
  numeric: number;
  ok: boolean;
}

export interface ArrayCheck {
  ok: boolean;
  method: string;
  rtol: number;
  atol: number;
  components: ArrayComponent[];
  notes: string[];
}

/** Arrays with more elements than this are checked along a random direction. */
export const ELEMENTWISE_LIMIT = 64;

type Flat = { shape: number[]; data: number[] };
const flatten = (v: NDArray): Flat => {
  const shape: number[] = [];
  for (let x: NDArray = v; Array.isArray(x); x = x[0]) shape.push(x.length);
  const data: number[] = [];
  const walk = (x: NDArray) => (Array.isArray(x) ? x.forEach(walk) : data.push(x));
  walk(v);
  return { shape, data };
};
const unflatten = (f: Flat): NDArray => {
  let k = 0;
  const build = (d: number): NDArray => (d === f.shape.length ? f.data[k++] : Array.from({ length: f.shape[d] }, () => build(d + 1)));
  return build(0);
};
const indexOf = (shape: number[], k: number): number[] => {
  const out: number[] = [];
  for (let d = shape.length - 1; d >= 0; d--) {
    out.unshift(k % shape[d]);
    k = Math.floor(k / shape[d]);
  }
  return out;
};

/** The array gradient check: analytic gradients (or hand-written ones, `grad`) against finite differences. */
export function runArrayCheck(
  source: string,
  lang: Lang,
  o: { at: string; shapes?: string; wrt?: string[]; grad?: Record<string, string>; rtol?: number; atol?: number },
): ArrayCheck {
  const at = parseArrayAt(o.at);
  // the values fix every shape (hand-written gradients are read with them too)
  const shapes: Record<string, Shape> = {
    ...Object.fromEntries(Object.entries(at).map(([k, v]) => [k, shapeOfValue(v)])),
    ...(o.shapes ? parseShapes(o.shapes) : {}),
  };
  const c = compileArray(source, lang, shapes);
  const missing = [...c.variables, ...c.integers].filter((v) => !(v in at));
  if (missing.length) throw new InputError(`no value given for ${missing.map((m) => `'${m}'`).join(', ')} in --at`);
  const variables = o.wrt ?? (o.grad ? Object.keys(o.grad) : c.variables);
  for (const v of variables) if (!c.variables.includes(v)) throw new InputError(`'${v}' is not a variable of the expression`);
  const scalarOf = (p: Record<string, NDArray>) => {
    const v = c.value(p);
    if (Array.isArray(v)) throw new InputError('check needs a scalar-valued expression (a loss); this one gives an array');
    return v;
  };
  scalarOf(at);
  const grads = o.grad
    ? Object.fromEntries(Object.entries(o.grad).map(([v, text]) => [v, compileArray(text, lang, shapes).value(at)]))
    : c.gradient(at);
  const random = seeded(20261130);
  const components = variables.map((v): ArrayComponent => {
    const x = flatten(at[v]);
    const g = flatten(grads[v]);
    if (g.data.length !== x.data.length)
      throw new InputError(`the gradient for ${v} has ${g.data.length} elements, ${v} has ${x.data.length}`);
    const with_ = (data: number[]) => ({ ...at, [v]: unflatten({ shape: x.shape, data }) });
    if (x.data.length > ELEMENTWISE_LIMIT) {
      const u = x.data.map(() => random() * 2 - 1);
      const f = (p: Record<string, number>) => scalarOf(with_(x.data.map((xi, i) => xi + p.t * u[i])));
      const analytic = g.data.reduce((s, gi, i) => s + gi * u[i], 0);
      const r = checkGradient(f, { t: 0 }, { t: analytic }, { rtol: o.rtol, atol: o.atol }).components[0];
      return {
        variable: v,
        shape: x.shape,
        elements: x.data.length,
        method: 'direction',
        maxRelError: r.relError,
        maxAbsError: r.absError,
        worstIndex: null,
        analytic,
        numeric: r.numeric,
        ok: r.ok,
      };
    }
    const keys = x.data.map((_, i) => `e${i}`);
    const point = names(keys.map((k, i) => [k, x.data[i]] as const));
    const f = (p: Record<string, number>) => scalarOf(with_(keys.map((k) => p[k])));
    const r = checkGradient(f, point, names(keys.map((k, i) => [k, g.data[i]] as const)), { rtol: o.rtol, atol: o.atol });
    let worst = 0;
    r.components.forEach((cmp, i) => {
      const w = r.components[worst];
      if (!cmp.ok && w.ok) worst = i;
      else if (cmp.ok === w.ok && (cmp.relError > w.relError || Number.isNaN(cmp.relError))) worst = i;
    });
    const w = r.components[worst];
    return {
      variable: v,
      shape: x.shape,
      elements: x.data.length,
      method: 'elements',
      maxRelError: Math.max(...r.components.map((cmp) => cmp.relError)),
      maxAbsError: Math.max(...r.components.map((cmp) => cmp.absError)),
      worstIndex: indexOf(x.shape, worst),
      analytic: w.analytic,
      numeric: w.numeric,
      ok: r.components.every((cmp) => cmp.ok),
    };
  });
  return {
    ok: components.every((k) => k.ok),
    method: METHOD,
    rtol: o.rtol ?? DEFAULT_RTOL,
    atol: o.atol ?? DEFAULT_ATOL,
    components,
    notes: [],
  };
}

export function arrayCheckJson(r: ArrayCheck): Record<string, unknown> {
  return {
    ok: r.ok,
    method: r.method,
    rtol: r.rtol,
    atol: r.atol,
    components: r.components.map((k) => ({
      variable: k.variable,
      shape: k.shape,
      elements: k.elements,
      method: k.method,
      maxRelError: jsonNumber(k.maxRelError),
      maxAbsError: jsonNumber(k.maxAbsError),
      worstIndex: k.worstIndex,
      analytic: jsonNumber(k.analytic),
      numeric: jsonNumber(k.numeric),
      ok: k.ok,
    })),
    ...(r.notes.length ? { notes: r.notes } : {}),
  };
}

export function arrayCheckText(r: ArrayCheck): string {
  const rows = [
    ['', 'shape', 'worst element', 'analytic', 'numeric', 'max rel error', ''],
    ...r.components.map((k) => [
      k.variable,
      shapeText(k.shape),
      k.worstIndex ? `[${k.worstIndex.join(', ')}]` : 'random direction',
      g(k.analytic),
      g(k.numeric),
      e2(k.maxRelError),
      k.ok ? 'ok' : 'FAIL',
    ]),
  ];
  const failed = r.components.filter((k) => !k.ok).length;
  const head = `array gradient check (${r.method} per element, a random direction beyond ${ELEMENTWISE_LIMIT} elements; rtol ${r.rtol < 1e-3 ? r.rtol.toExponential() : r.rtol}, atol ${r.atol})\n`;
  return (
    head +
    textTable(rows) +
    (failed ? `${failed} of ${r.components.length} variables FAIL\n` : `all ${r.components.length} variables pass\n`)
  );
}
