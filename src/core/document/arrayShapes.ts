// Shapes of the arrays in scope at the cursor, as the code states them: constructors
// (`np.zeros((n, d))`, `torch.randn(B, T, C)`, `zeros(n, d)`, `matrix(0, n, d)`), literals, jaxtyping
// annotations (`Float[Array, "n d"]`), shape comments (`# (n, d)` on the line or the line above,
// `# X: (n, d)`), numpydoc docstrings ("X : ndarray of shape (n_samples, n_features)") and
// `assert X.shape == (n, d)`. Read line by line over the hover's window above the cursor; the
// latest statement about a name wins, and a reassignment the tables cannot read forgets the name
// (a stale shape would be a confident wrong answer). Dimensions are numbers, or names (symbolic)
// unless the scope assigns the name a number (`n = 5`).
import type { Lang } from '../types';
import { has, names } from '../names';
import { usesArrayOps } from '../array';
import { ARRAY_SYNTAX, NOT_ARRAYS, type ArraySyntax, type Ctor } from './arraySyntax';
import { windowAround } from './window';

export type Dim = number | string;
export type ArrayShape = Dim[];

export interface ShapeFact {
  shape: ArrayShape;
  /** 1-based line (counted from the cursor's line when the caller gives it) */
  line: number;
  how: 'constructor' | 'literal' | 'annotation' | 'comment' | 'docstring' | 'assert';
}

const NAME = '[A-Za-z_][A-Za-z0-9_]*';
const DIM_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The shapes stated in the code above `offset` (and on its line), by name. `line` is the cursor's
 * 1-based line when known. Never throws; what it cannot read it leaves out.
 */
export function shapesAt(text: string, lang: Lang, offset: number, line?: number): Record<string, ShapeFact> {
  const out: Record<string, ShapeFact> = names();
  const syn = ARRAY_SYNTAX[lang];
  const win = windowAround(text, Math.max(0, Math.min(offset, text.length)));
  if (!syn || !win) return out;
  const lines = text.slice(win.from, win.lineEnd).split('\n');
  const first = (line ?? countLines(text, offset)) - (lines.length - 1);
  const numbers: Record<string, number> = names();
  let pending: ArrayShape | undefined; // a shape comment alone on its line, for the next assignment
  for (let i = 0; i < lines.length; i++) {
    const [code, comment] = splitComment(lines[i], syn.comment);
    const at = first + i;
    const set = (name: string, shape: ArrayShape | undefined, how: ShapeFact['how']) => {
      if (shape) out[name] = { shape: resolve(shape, numbers), line: at, how };
    };
    if (!code.trim()) {
      // a comment line: `# X: (n, d)` names its array; `# (n, d)` belongs to the next assignment
      const named = comment && namedShape(comment);
      if (named) set(named.name, named.shape, 'comment');
      else pending = comment ? commentShape(comment) : pending;
      continue;
    }
    if (syn.numpydoc) {
      // a docstring line holds no comment marker of the code: read it whole
      const doc = numpydoc(lines[i]);
      if (doc) {
        for (const n of doc.names) set(n, doc.shape, 'docstring');
        pending = undefined;
        continue;
      }
    }
    if (syn.jaxtyping) for (const [n, s] of jaxtyped(code)) set(n, s, 'annotation');
    if (syn.shapeAssert) {
      const m = new RegExp(`\\bassert\\s+\\(?\\s*(${NAME})\\.shape\\s*==\\s*([([][^()[\\]]*[)\\]])`).exec(code);
      if (m) set(m[1], dimsOf(m[2].slice(1, -1)), 'assert');
    }
    const asg = assignment(code);
    const trailing = comment ? commentShape(comment) : undefined;
    if (asg) {
      const num = /^[-+]?\d+$/.test(asg.value.trim()) ? Number(asg.value.trim()) : undefined;
      if (num !== undefined) numbers[asg.name] = num;
      else if (has(numbers, asg.name)) delete numbers[asg.name];
      const stated = ctorShape(asg.value, syn) ?? literalShape(asg.value, syn);
      const annotated = syn.jaxtyping && asg.annotation ? jaxtyped(`${asg.name}: ${asg.annotation}`)[0]?.[1] : undefined;
      if (stated) set(asg.name, stated, literalShape(asg.value, syn) ? 'literal' : 'constructor');
      else if (annotated) set(asg.name, annotated, 'annotation');
      else if (trailing ?? pending) set(asg.name, (trailing ?? pending)!, 'comment');
      else if (has(out, asg.name) && out[asg.name].line < at) delete out[asg.name];
    } else if (trailing) {
      // a parameter on its own line: `X,  # (n, d)` or `X: np.ndarray,  # (n, d)`
      const p = new RegExp(`^\\s*(${NAME})\\s*(?::[^,=]*)?(?:=[^,]*)?,?\\s*\\)?\\s*:?\\s*$`).exec(code);
      if (p) set(p[1], trailing, 'comment');
    }
    pending = undefined;
  }
  return out;
}

/**
 * Names the code uses as arrays around the cursor, in the window above and down to the next function
 * below: the operands of array operations (`X @ W`, `X.T`, `y'`, `t(X)`, per language in
 * arraySyntax.ts), the names assigned array code (`h = X @ W1`), and the names with a stated shape of
 * rank ≥ 1. Names merely beside them (`lam` in `lam * X.T @ r`, `mu` in `sum((x - mu)^2)`) are not:
 * taking a scalar for an array would give a wrong gradient.
 */
export function arrayNamesAt(text: string, lang: Lang, offset: number, facts: Record<string, ShapeFact>): Set<string> {
  const out = new Set(Object.keys(facts).filter((k) => facts[k].shape.length > 0));
  const syn = ARRAY_SYNTAX[lang];
  const win = windowAround(text, Math.max(0, Math.min(offset, text.length)));
  if (!syn || !win) return out;
  const above = text.slice(win.from, win.lineEnd).split('\n');
  const below = text.slice(win.lineEnd, win.to).split('\n').slice(1);
  const cut = syn.header ? below.findIndex((l) => syn.header!.test(l)) : -1;
  const codes = [...above, ...(cut < 0 ? below : below.slice(0, cut))].map((l) =>
    splitComment(l, syn.comment)[0].replace(/"[^"]*"/g, '""'),
  );
  const mp = syn.matrixProduct;
  const signalled = !!mp && codes.some((c) => mp.signal.test(c));
  for (const code of codes) {
    if (!code.trim()) continue;
    if (signalled && mp) {
      const capitals = [...code.matchAll(mp.product)].map((m) => m[1]).filter((n) => !NOT_ARRAYS.has(n));
      for (const n of capitals) out.add(n);
      const target = capitals.length ? assignment(code)?.name : undefined;
      if (target) out.add(target);
    }
    // a reduction of one name reduces an array (with two, `sum((x - mu)^2)`, one may be a scalar)
    for (const arg of reductionArgs(code, lang)) {
      const ids = operandNames(arg);
      if (ids.size === 1 && !/[,=]/.test(arg)) out.add([...ids][0]);
    }
    if (!hasArrayOps(code, lang)) continue;
    for (const re of syn.operands ?? [])
      for (const m of code.matchAll(re)) for (const n of m.slice(1)) if (n && !NOT_ARRAYS.has(n)) out.add(n);
    const target = assignment(code)?.name;
    if (target) out.add(target);
  }
  return out;
}

/**
 * An array operation in the sense of the array engine. Elementwise operators alone (MATLAB's `.*`,
 * Julia's `.+`) are not: the scalar reading gives them exactly; the engine's markers (array/tables.ts)
 * count them only inside a reduction or beside a matrix product.
 */
export function hasArrayOps(code: string, lang: Lang): boolean {
  return safeUses(code, lang);
}

/** Array code for detection: an array operation, or a reduction or broadcast (arraySyntax `evidence`). */
export function looksLikeArrayCode(code: string, lang: Lang): boolean {
  return hasArrayOps(code, lang) || !!ARRAY_SYNTAX[lang]?.evidence?.test(code);
}

/** The argument texts of the reductions in a line (`np.mean(…)`, `sum(…)`). */
export function reductionArgs(code: string, lang: Lang): string[] {
  const re = ARRAY_SYNTAX[lang]?.reduction;
  if (!re) return [];
  return [...code.matchAll(re)].map((m) => code.slice(m.index! + m[0].length, closing(code, m.index! + m[0].length - 1)));
}

/** Names in a text that are operands: not callees, attributes or namespaces. */
export function operandNames(text: string): Set<string> {
  return new Set(
    (text.match(/(?<![\w.])[A-Za-z_\u00C0-\uFFFF][\w\u00C0-\uFFFF]*(?![\w\u00C0-\uFFFF]|\s*[(.])/gu) ?? []).filter(
      (n) => !NOT_ARRAYS.has(n),
    ),
  );
}

/** Index of the bracket closing the one at `open`, or the end. */
function closing(s: string, open: number): number {
  const end = closeOf(s, open);
  return end >= s.length ? s.length : end;
}

function safeUses(code: string, lang: Lang): boolean {
  try {
    return usesArrayOps(code, lang);
  } catch {
    return false;
  }
}

function countLines(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Code and comment of a line; the marker inside a string is no comment. */
function splitComment(line: string, marker: string): [string, string | undefined] {
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"') quote = c;
    // a quote after an operand is MATLAB/Julia's transpose, not a string
    else if (c === "'" && !/[\w)\].']/.test(line[i - 1] ?? '')) quote = c;
    else if (line.startsWith(marker, i)) return [line.slice(0, i), line.slice(i + marker.length)];
  }
  return [line, undefined];
}

/** `name = value`, `name: T = value`, `name <- value`, `local name = value`; not `==`, not `a[i] =`. */
function assignment(code: string): { name: string; value: string; annotation?: string } | undefined {
  const m = new RegExp(`^\\s*(?:(?:const|let|var|local|global)\\s+)?(${NAME})\\s*(?::\\s*([^=]+?))?\\s*(?:=(?!=)|<-)\\s*(.+)$`).exec(code);
  if (!m) return undefined;
  return { name: m[1], value: m[3].replace(/;\s*$/, ''), annotation: m[2] };
}

/** A shape comment: `(n, d)`, `[B, T, C]`, `shape (n, d)`, `n x d`, `shape: n x d`; else undefined. */
export function commentShape(comment: string): ArrayShape | undefined {
  const c = comment.trim().replace(/^(?:shape|size|dims?)\s*[:=]?\s*/i, '');
  const br = /^([([])([^()[\]]*)[)\]]\s*(?:$|[,;.]|\s-|\s*\w+\s*$)/.exec(c);
  if (br) return dimsOf(br[2]);
  const x = /^([A-Za-z_0-9]+(?:\s*[x×]\s*[A-Za-z_0-9]+)+)\s*$/.exec(c);
  return x ? dimsOf(x[1].replace(/[x×]/g, ',').replace(/(\w),?\s*,\s*/g, '$1,')) : undefined;
}

/** `X: (n, d)`, `X is (n, d)`, `X shape (n, d)` in a comment line. */
function namedShape(comment: string): { name: string; shape: ArrayShape } | undefined {
  const m = new RegExp(
    `^\\s*(${NAME})\\s*(?::|\\bis\\b|\\bhas shape\\b|\\bshape\\b|\\.shape\\s*(?:==|=))\\s*([([][^()[\\]]*[)\\]])\\s*$`,
  ).exec(comment);
  const shape = m ? dimsOf(m[2].slice(1, -1)) : undefined;
  return m && shape ? { name: m[1], shape } : undefined;
}

/** numpydoc: `X : ndarray of shape (n_samples, n_features)`, `y : array-like, shape = [n]`; several names `a, b : …`. */
function numpydoc(line: string): { names: string[]; shape: ArrayShape } | undefined {
  const m = new RegExp(`^\\s*(${NAME}(?:\\s*,\\s*${NAME})*)\\s+:\\s+[^#=]*?\\bshape\\s*(?:=|:)?\\s*([([][^()[\\]]*[)\\]])`).exec(line);
  if (!m) return undefined;
  const shape = dimsOf(m[2].slice(1, -1));
  return shape ? { names: m[1].split(',').map((s) => s.trim()), shape } : undefined;
}

/** jaxtyping annotations in a line: `X: Float[Array, "n d"]`, `x: Float32[Tensor, "batch"]`. */
function jaxtyped(code: string): [string, ArrayShape][] {
  const out: [string, ArrayShape][] = [];
  const re = new RegExp(
    `(${NAME})\\s*:\\s*(?:Float|Int|UInt|Bool|Real|Num|Shaped|Complex|Inexact|Integer)\\d*\\[\\s*[\\w.]+\\s*,\\s*(["'])([^"']*)\\2\\s*\\]`,
    'g',
  );
  for (let m = re.exec(code); m; m = re.exec(code)) {
    const dims = m[3].trim() ? m[3].trim().split(/\s+/) : [];
    // `*batch`, `...`, `n+1`, `#n`: variadic or computed dimensions are not read
    if (dims.every((d) => DIM_NAME.test(d) || /^\d+$/.test(d))) out.push([m[1], dims.map((d) => (/^\d+$/.test(d) ? Number(d) : d))]);
  }
  return out;
}

/** Dimensions from `n, d`, `n d`, `5, 3`, `(n,)`; undefined when one is not a number or a name. */
export function dimsOf(s: string): ArrayShape | undefined {
  // `(the logits)` is prose: dimensions are separated by commas (jaxtyping's spaces are read apart)
  if (/[A-Za-z0-9_]\s+[A-Za-z0-9_]/.test(s)) return undefined;
  const parts = s
    .split(/[,\s]+/)
    .map((p) => p.trim())
    .filter((p) => p);
  if (!parts.every((p) => DIM_NAME.test(p) || /^\d+$/.test(p))) return undefined;
  return parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** A symbolic dimension the scope assigns a whole number becomes that number. */
function resolve(shape: ArrayShape, numbers: Record<string, number>): ArrayShape {
  return shape.map((d) => (typeof d === 'string' && has(numbers, d) && numbers[d] > 0 ? numbers[d] : d));
}

/** Top-level comma-separated arguments of the call opening at `open` (index of `(`), or undefined. */
function callArgs(s: string, open: number): string[] | undefined {
  let depth = 0;
  let from = open + 1;
  const args: string[] = [];
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) {
      if (--depth === 0) {
        args.push(s.slice(from, i).trim());
        return args.filter((a, k) => a || k > 0);
      }
    } else if (c === ',' && depth === 1) {
      args.push(s.slice(from, i).trim());
      from = i + 1;
    }
  }
  return undefined;
}

/** The shape a constructor call at the start of `value` gives, or undefined. */
function ctorShape(value: string, syn: ArraySyntax): ArrayShape | undefined {
  for (const c of syn.ctors) {
    const m = new RegExp(`^\\s*(?:${c.callee})\\s*\\(`).exec(value);
    if (!m) continue;
    const args = callArgs(value, m[0].length - 1);
    // the call must be the whole value: `np.zeros((n, d)) + X` is no constructor's shape
    if (!args || !/^\s*\)\s*(?:\.astype\([^()]*\)|\.to\([^()]*\))?\s*$/.test(value.slice(closeOf(value, m[0].length - 1))))
      return undefined;
    return fromArgs(c, args);
  }
  return undefined;
}

function closeOf(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if ('([{'.includes(s[i])) depth++;
    else if (')]}'.includes(s[i]) && --depth === 0) return i;
  }
  return s.length;
}

function fromArgs(c: Ctor, all: string[]): ArrayShape | undefined {
  const kw = (k: string) => all.find((a) => new RegExp(`^${k}\\s*=`).test(a))?.replace(/^\w+\s*=\s*/, '');
  let pos = all.filter((a) => !/^[A-Za-z_]\w*\s*=(?!=)/.test(a)).slice(c.skipArgs ?? 0);
  if (c.skipTypes) pos = pos.filter((a) => !/^[A-Z]\w*(?:\{.*\})?$/.test(a));
  const tuple = (a: string | undefined) => (a === undefined ? undefined : /^[([]/.test(a) ? dimsOf(a.slice(1, -1)) : dimsOf(a));
  switch (c.dims) {
    case 'args': {
      if (pos.length === 1 && /^[([]/.test(pos[0])) return tuple(pos[0]);
      if (!pos.length) return undefined;
      const d = dimsOf(pos.join(','));
      return d && c.oneArgSquare && d.length === 1 ? [d[0], d[0]] : d;
    }
    case 'tuple':
      return tuple(kw('shape') ?? pos[0]);
    case 'size': {
      const size = kw('size') ?? kw('shape');
      return size !== undefined ? tuple(size) : pos.length === 1 && /^[([]/.test(pos[0]) ? tuple(pos[0]) : undefined;
    }
    case 'square': {
      const d = pos.length === 1 ? dimsOf(pos[0]) : undefined;
      return d && d.length === 1 ? [d[0], d[0]] : undefined;
    }
    case 'rmatrix': {
      const rows = kw('nrow') ?? pos[1];
      const cols = kw('ncol') ?? pos[2];
      const d = rows !== undefined && cols !== undefined ? dimsOf(`${rows},${cols}`) : undefined;
      return d?.length === 2 ? d : undefined;
    }
    case 'length': {
      const d = dimsOf(kw('num') ?? kw('length.out') ?? kw('times') ?? pos[c.lengthArg ?? 0] ?? '');
      return d?.length === 1 ? d : undefined;
    }
  }
}

/** The shape of an array literal: `np.array([[1, 2], [3, 4]])`, Julia/MATLAB `[1 2; 3 4]`, R `c(1, 2)`. */
function literalShape(value: string, syn: ArraySyntax): ArrayShape | undefined {
  const v = value.trim();
  if (syn.vectorLiteral) {
    const m = new RegExp(`^${syn.vectorLiteral}\\s*\\(`).exec(v);
    const args = m && closeOf(v, m[0].length - 1) === v.length - 1 ? callArgs(v, m[0].length - 1) : undefined;
    return args && args.every(isScalarLiteral) ? [args.length] : undefined;
  }
  if (!syn.literal) return undefined;
  if (syn.literal.rowsBy === 'nested') {
    const m = new RegExp(`^(?:${syn.literal.callee})\\s*\\(\\s*\\[`).exec(v);
    if (!m) return undefined;
    const open = m[0].length - 1;
    const end = closeOf(v, open);
    const rest = v.slice(end + 1);
    if (!/^\s*(?:,\s*dtype\s*=\s*[\w.]+\s*|,\s*requires_grad\s*=\s*\w+\s*)*\)\s*$/.test(rest)) return undefined;
    return nestedShape(v.slice(open, end + 1));
  }
  // bare brackets (Julia, MATLAB): rows split by `;`, elements by commas or spaces
  if (!v.startsWith('[') || closeOf(v, 0) !== v.length - 1 - (v.endsWith(';') ? 1 : 0)) return undefined;
  const body = v.slice(1, closeOf(v, 0)).trim();
  if (!body || /[[\]()]/.test(body)) return undefined;
  const rows = body.split(';').map((r) =>
    r
      .trim()
      .split(/\s*,\s*|\s+/)
      .filter(Boolean),
  );
  if (!rows.every((r) => r.length === rows[0].length && r.every(isScalarLiteral))) return undefined;
  const matlab = syn.comment === '%';
  if (rows.length === 1) return matlab || !body.includes(',') ? [1, rows[0].length] : [rows[0].length];
  if (rows[0].length === 1) return matlab ? [rows.length, 1] : [rows.length];
  return [rows.length, rows[0].length];
}

function isScalarLiteral(s: string): boolean {
  return /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/.test(s.trim());
}

/** `[[1, 2], [3, 4]]` → [2, 2]; ragged or non-numeric leaves → undefined. */
function nestedShape(s: string): ArrayShape | undefined {
  const t = s.trim();
  if (!t.startsWith('[')) return isScalarLiteral(t) ? [] : undefined;
  const items = callArgs(t, 0);
  if (!items || !items.length) return undefined;
  const inner = items.map(nestedShape);
  if (inner.some((x) => !x) || inner.some((x) => JSON.stringify(x) !== JSON.stringify(inner[0]))) return undefined;
  return [items.length, ...inner[0]!];
}
