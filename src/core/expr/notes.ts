// Notes at a point: kinks where the conventional derivative value was used (selectors at a tie, and
// abs, relu, max… through their records' notes) and domain limits (sqrt of x < 0 here, log of x ≤ 0,
// asin outside [−1, 1]… in the records).
import type { Note, Point } from '../types';
import { buildTape, runTape } from './compile';
import { isNegated, takesFirst } from './build';
import { FUNCTIONS } from './functions';
import { asNode, Expr, Node } from './node';
import { Printer } from './print/printer';
import { mathDialect } from './print/dialects';

const SHORT = 60;

export function notesAt(e: Expr, point: Point): Note[] {
  const root = asNode(e);
  const vars = Object.keys(point);
  const tape = buildTape([root], vars);
  const values = new Float64Array(tape.nodes.length);
  runTape(
    tape,
    vars.map((v) => point[v]),
    values,
  );
  const slot = new Map(tape.nodes.map((n, i) => [n.id, i]));
  const val = (n: Node) => values[slot.get(n.id)!];
  const printer = new Printer(mathDialect(false));
  const show = (n: Node) => {
    let t: string;
    try {
      t = printer.print(n);
    } catch {
      t = '…';
    }
    return t.length > SHORT ? t.slice(0, SHORT - 1) + '…' : t;
  };
  const notes: Note[] = [];
  const seen = new Set<string>();
  const add = (kind: Note['kind'], message: string) => {
    if (!seen.has(message)) {
      seen.add(message);
      notes.push({ kind, message });
    }
  };
  // Only what the value depends on at this point: a conditional's branch not taken is evaluated on
  // the tape but its domain (log of a negative in `x > 0 ? log(x) : 0`) is no concern.
  const live = new Set<number>([root.id]);
  const conditions = new Set<number>();
  for (let i = tape.nodes.length - 1; i >= 0; i--) {
    const n = tape.nodes[i];
    if (!live.has(n.id)) continue;
    if (n.kind === 'if') {
      conditions.add(n.args[0].id);
      live.add(n.args[0].id);
      const [u, v] = n.args[0].args;
      live.add(n.args[takesFirst(isNegated(n), val(u), val(v)) ? 1 : 2].id);
    } else for (const a of n.args) live.add(a.id);
  }
  for (const n of tape.nodes) {
    if (!live.has(n.id)) continue;
    if (n.kind === 'gt') {
      const [a, b] = n.args;
      if (val(a) !== val(b)) continue;
      if (conditions.has(n.id)) {
        add(
          'kink',
          `the conditional switches where ${show(a)} = ${show(b)}: here the branch for ${show(a)} <= ${show(b)} is taken, and the derivative from the other side may differ`,
        );
      } else add('kink', `${show(a)} = ${show(b)}: a step in the derivative; the value there is taken as 0`);
      continue;
    }
    if (n.kind === 'pow') {
      const [b, k] = n.args;
      const x = val(b),
        p = val(k);
      if (x === 0 && p < 0) add('domain', `division by zero: ${show(b)} = 0`);
      else if (x < 0 && !Number.isInteger(p)) {
        add(
          'domain',
          p === 0.5 || p === -0.5
            ? `sqrt of a negative number: ${show(b)} = ${x}`
            : `non-integer power of a negative number: ${show(b)} = ${x}`,
        );
      } else if (x === 0 && p > 0 && p < 1) add('domain', `${show(n)} has an infinite slope at ${show(b)} = 0`);
      const zeroBase = b.kind === 'num' && b.value === 0;
      if (zeroBase && k.kind !== 'num' && p === 0) {
        add('kink', `${show(n)} jumps from 1 to 0 where ${show(k)} = 0; its derivative there is taken as 0`);
      } else if (!zeroBase && k.kind !== 'num' && x <= 0 && Number.isInteger(p)) {
        // the value exists, but the slope in the exponent is x^p·log(x)
        add(
          'domain',
          `the derivative of ${show(n)} with respect to its exponent needs log(${show(b)}), undefined for ${show(b)} = ${x} <= 0`,
        );
      }
      continue;
    }
    if (n.kind !== 'fn') continue;
    const args = n.args;
    FUNCTIONS[n.name].notes?.({ x: args.map(val), show: (i) => show(args[i]), add });
  }
  const v = val(root);
  if (!Number.isFinite(v)) add('nonfinite', `the value is ${v} at this point`);
  return notes;
}
