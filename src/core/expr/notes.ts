// Notes at a point: kinks where the conventional derivative value was used (abs, relu, max, min,
// sign, selectors at a tie) and domain limits (log of x ≤ 0, sqrt of x < 0, asin outside [−1, 1]…).
import type { Note, Point } from '../types';
import { buildTape, runTape } from './compile';
import { isNegated, takesFirst } from './build';
import { isPole } from './gamma';
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
      if (k.kind !== 'num' && x <= 0 && Number.isInteger(p)) {
        // the value exists, but the slope in the exponent is x^p·log(x)
        add(
          'domain',
          `the derivative of ${show(n)} with respect to its exponent needs log(${show(b)}), undefined for ${show(b)} = ${x} <= 0`,
        );
      }
      continue;
    }
    if (n.kind !== 'fn') continue;
    const [a] = n.args;
    const x = val(a);
    const arg = show(a);
    switch (n.name) {
      case 'abs':
        if (x === 0) add('kink', `abs has a kink where ${arg} = 0; its derivative there is taken as sign(0) = 0`);
        break;
      case 'relu':
        if (x === 0) add('kink', `relu has a kink where ${arg} = 0; its derivative there is taken as 0`);
        break;
      case 'sign':
        if (x === 0) add('kink', `sign jumps where ${arg} = 0; its derivative is 0 on either side`);
        break;
      case 'max':
      case 'min':
        if (x === val(n.args[1])) {
          add(
            'kink',
            `${n.name} has a kink where its arguments tie (${arg} = ${show(n.args[1])}); the derivative follows the second argument`,
          );
        }
        break;
      case 'log':
      case 'log2':
      case 'log10':
        if (x <= 0) add('domain', `${n.name} of a non-positive number: ${arg} = ${x}`);
        if (n.args[1] && (val(n.args[1]) <= 0 || val(n.args[1]) === 1))
          add('domain', `log base ${show(n.args[1])} = ${val(n.args[1])} is not a valid base`);
        break;
      case 'log1p':
        if (x <= -1) add('domain', `log1p needs ${arg} > -1, got ${x}`);
        break;
      case 'asin':
      case 'acos':
        if (Math.abs(x) > 1) add('domain', `${n.name} needs ${arg} in [-1, 1], got ${x}`);
        else if (Math.abs(x) === 1) add('domain', `${n.name}'s derivative is infinite at ${arg} = ${x}`);
        break;
      case 'acosh':
        if (x < 1) add('domain', `acosh needs ${arg} >= 1, got ${x}`);
        break;
      case 'atanh':
        if (Math.abs(x) >= 1) add('domain', `atanh needs ${arg} in (-1, 1), got ${x}`);
        break;
      case 'lgamma':
      case 'gamma':
      case 'digamma':
        if (isPole(x)) add('domain', `${n.name} has a pole at ${arg} = ${x}`);
        break;
      case 'polygamma': {
        const y = val(n.args[1]);
        if (isPole(y)) add('domain', `polygamma has a pole at ${show(n.args[1])} = ${y}`);
        break;
      }
      case 'cbrt':
        if (x === 0) add('domain', `cbrt has an infinite slope at ${arg} = 0`);
        break;
      case 'atan2':
        if (x === 0 && val(n.args[1]) === 0) add('domain', `atan2 is undefined at (0, 0)`);
        break;
      case 'hypot':
        if (n.args.every((c) => val(c) === 0)) add('kink', `hypot has a kink at the origin; its derivative there is not defined`);
        break;
      case 'tan':
      case 'sec':
        if (Math.abs(Math.cos(x)) < 1e-15) add('domain', `${n.name} has a pole at ${arg} = ${x}`);
        break;
      case 'cot':
      case 'csc':
        if (Math.abs(Math.sin(x)) < 1e-15) add('domain', `${n.name} has a pole at ${arg} = ${x}`);
        break;
    }
  }
  const v = val(root);
  if (!Number.isFinite(v)) add('nonfinite', `the value is ${v} at this point`);
  return notes;
}
