// Values written in the text: x0 literals (`[-1.2, 1]`, `np.array([-1.2, 1.0])`, `c(-1.2, 1)`,
// `[-1.2; 1]`, `{-1.2, 1}`, `np.zeros(2)`), names assigned such a literal before the call, and
// constant expressions (`np.pi / 4`). Anything else is unknown (undefined), never guessed.
import { matchClose, splitTop } from '../document/brackets';
import type { Stmt } from '../document/statements';
import { evaluate, freeVariables, fromMathNode } from '../expr';
import { parseExpression } from '../syntax';
import type { ParamValue } from './types';
import { vectorLang } from './langs';
import type { Source } from './source';

const WRAPPERS = new Set([
  'np.array',
  'numpy.array',
  'array',
  'np.asarray',
  'asarray',
  'c',
  'vec',
  'collect',
  'Float64[]',
  'list',
  'tuple',
  'jnp.array',
  'torch.tensor',
  'as.numeric',
  'Float64',
]);
const ZEROS = new Set(['np.zeros', 'numpy.zeros', 'zeros', 'numeric', 'rep']);
const ONES = new Set(['np.ones', 'numpy.ones', 'ones']);

export function literalValue(src: Source, s: Stmt, range: [number, number], stmtIndex: number, depth = 0): ParamValue | undefined {
  const t = s.toks;
  const [a, b] = range;
  if (a >= b || depth > 4) return undefined;
  // a name assigned before (the nearest earlier assignment)
  if (b === a + 1 && t[a].kind === 'id') {
    const defs = src.values.get(t[a].text);
    if (!defs) return undefined;
    const before = defs.filter((d) => d.stmt < stmtIndex);
    const d = before.length ? before[before.length - 1] : defs[defs.length - 1];
    return literalValue(src, src.stmts[d.stmt], d.range, d.stmt, depth + 1);
  }
  // [a, b] / {a, b} / (a, b) / [a; b]
  if (t[a].kind === 'open' && matchClose(t, a, b) === b) {
    const parts = splitTop(t, a + 1, b - 1)
      .flatMap(([x, y]) => splitTop(t, x, y, ';'))
      .filter(([x, y]) => y > x);
    if (t[a].text === '(' && parts.length === 1) return scalar(src, s, a, b);
    const vals = parts.map((r) => literalValue(src, s, r, stmtIndex, depth + 1));
    return vals.every((v) => v !== undefined) ? (vals as ParamValue[]) : undefined;
  }
  // wrapper calls: np.array([…]), c(…), zeros(n)
  let k = a;
  let name = '';
  while (k < b && (t[k].kind === 'id' || t[k].text === '.')) name += t[k++].text;
  if (name && t[k]?.text === '(' && matchClose(t, k, b) === b) {
    const args = splitTop(t, k + 1, b - 1).filter(([x, y]) => y > x);
    if (WRAPPERS.has(name)) {
      const vl = vectorLang(src.lang);
      if (name === 'c' || name === 'vec' || (args.length > 1 && vl && vl.elementCalls.includes(name))) {
        const vals = args.map((r) => literalValue(src, s, r, stmtIndex, depth + 1));
        return vals.every((v) => typeof v === 'number') ? (vals as number[]) : undefined;
      }
      return args.length ? literalValue(src, s, args[0], stmtIndex, depth + 1) : undefined;
    }
    if ((ZEROS.has(name) || ONES.has(name)) && args.length >= 1) {
      const fill = name === 'rep' ? scalar(src, s, ...args[0]) : ONES.has(name) ? 1 : 0;
      const n = scalar(src, s, ...(args[name === 'rep' ? 1 : 0] ?? args[0]));
      if (typeof fill === 'number' && typeof n === 'number' && Number.isInteger(n) && n > 0 && n <= 10000) return new Array(n).fill(fill);
      return undefined;
    }
  }
  return scalar(src, s, a, b);
}

function scalar(src: Source, s: Stmt, a: number, b: number): number | undefined {
  if (a >= b) return undefined;
  const text = src.text.slice(s.toks[a].start, s.toks[b - 1].end);
  try {
    const e = fromMathNode(parseExpression(text, src.lang));
    if (freeVariables(e).length) return undefined;
    const v = evaluate(e, {});
    return Number.isFinite(v) ? v : undefined;
  } catch {
    return undefined;
  }
}
