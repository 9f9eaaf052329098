// Evaluation: the DAG is compiled to a flat tape in topological order (typed arrays) and
// interpreted in one loop. No eval/new Function, so it runs under a strict CSP too.
import { InputError } from '../types';
import { CONSTANTS, topoOrder } from './graph';
import { Node } from './node';
import { isNegated, takesFirst } from './build';
import { has } from '../names';
import { FN_EVAL } from './functions';

const OP_CONST = 0,
  OP_VAR = 1,
  OP_ADD = 2,
  OP_MUL = 3,
  OP_POW = 4,
  OP_GT = 5,
  OP_FN1 = 6,
  OP_FN2 = 7,
  OP_FNN = 8;
const OP_SQ = 9,
  OP_INV = 10,
  OP_SQRT = 11,
  OP_IF = 12,
  OP_IF_NEGATED = 13;

export interface Tape {
  nodes: Node[];
  op: Uint8Array;
  a: Int32Array;
  b: Int32Array;
  consts: Float64Array;
  argList: Int32Array;
  fns: ((...x: number[]) => number)[];
  /** slot of each requested root */
  outputs: Int32Array;
}

export function buildTape(rootNodes: readonly Node[], vars: readonly string[]): Tape {
  const nodes = topoOrder(rootNodes);
  const slot = new Map<number, number>();
  nodes.forEach((n, i) => slot.set(n.id, i));
  const count = nodes.length;
  const op = new Uint8Array(count),
    a = new Int32Array(count),
    b = new Int32Array(count);
  const consts = new Float64Array(count);
  const argList: number[] = [];
  const fns: ((...x: number[]) => number)[] = [];
  const varIndex = new Map(vars.map((v, i) => [v, i]));
  nodes.forEach((n, i) => {
    const s = (k: number) => slot.get(n.args[k].id)!;
    switch (n.kind) {
      case 'num':
        op[i] = OP_CONST;
        consts[i] = n.value;
        break;
      case 'sym': {
        const v = varIndex.get(n.name);
        if (v !== undefined) {
          op[i] = OP_VAR;
          a[i] = v;
        } else if (has(CONSTANTS, n.name)) {
          op[i] = OP_CONST;
          consts[i] = CONSTANTS[n.name];
        } else throw new InputError(`no value given for variable '${n.name}'`);
        break;
      }
      case 'add':
      case 'mul':
        op[i] = n.kind === 'add' ? OP_ADD : OP_MUL;
        a[i] = argList.length;
        b[i] = n.args.length;
        for (let k = 0; k < n.args.length; k++) argList.push(s(k));
        break;
      case 'pow': {
        const e = n.args[1];
        a[i] = s(0);
        b[i] = s(1);
        op[i] =
          e.kind === 'num' && e.value === 2
            ? OP_SQ
            : e.kind === 'num' && e.value === -1
              ? OP_INV
              : e.kind === 'num' && e.value === 0.5
                ? OP_SQRT
                : OP_POW;
        break;
      }
      case 'gt':
        op[i] = OP_GT;
        a[i] = s(0);
        b[i] = s(1);
        break;
      case 'if': {
        // the step's operands, not its 0/1 value: `v >= u` and ¬(u > v) differ on NaN (takesFirst)
        const [u, v] = n.args[0].args.map((x) => slot.get(x.id)!);
        op[i] = isNegated(n) ? OP_IF_NEGATED : OP_IF;
        a[i] = argList.length;
        argList.push(u, v, s(1), s(2));
        break;
      }
      case 'fn':
        b[i] = fns.length;
        fns.push(FN_EVAL[n.name]);
        if (n.args.length === 1) {
          op[i] = OP_FN1;
          a[i] = s(0);
        } else if (n.args.length === 2) {
          op[i] = OP_FN2;
          a[i] = argList.length;
          argList.push(s(0), s(1));
        } else {
          op[i] = OP_FNN;
          a[i] = argList.length;
          argList.push(n.args.length, ...n.args.map((_, k) => s(k)));
        }
        break;
    }
  });
  const outputs = Int32Array.from(rootNodes.map((r) => slot.get(r.id)!));
  return { nodes, op, a, b, consts, argList: Int32Array.from(argList), fns, outputs };
}

/** Runs the tape, filling `values` (one per node) for the given variable values. */
export function runTape(t: Tape, input: ArrayLike<number>, values: Float64Array): void {
  const { op, a, b, consts, argList, fns } = t;
  const n = op.length;
  for (let i = 0; i < n; i++) {
    switch (op[i]) {
      case OP_CONST:
        values[i] = consts[i];
        break;
      case OP_VAR:
        values[i] = input[a[i]];
        break;
      case OP_ADD: {
        let s = 0;
        for (let k = a[i], end = a[i] + b[i]; k < end; k++) s += values[argList[k]];
        values[i] = s;
        break;
      }
      case OP_MUL: {
        let p = 1;
        for (let k = a[i], end = a[i] + b[i]; k < end; k++) p *= values[argList[k]];
        values[i] = p;
        break;
      }
      case OP_POW:
        values[i] = Math.pow(values[a[i]], values[b[i]]);
        break;
      case OP_SQ: {
        const x = values[a[i]];
        values[i] = x * x;
        break;
      }
      case OP_INV:
        values[i] = 1 / values[a[i]];
        break;
      case OP_SQRT:
        values[i] = Math.sqrt(values[a[i]]);
        break;
      case OP_GT:
        values[i] = values[a[i]] > values[b[i]] ? 1 : 0;
        break;
      case OP_IF:
      case OP_IF_NEGATED: {
        const k = a[i];
        values[i] = values[argList[k + (takesFirst(op[i] === OP_IF_NEGATED, values[argList[k]], values[argList[k + 1]]) ? 2 : 3)]];
        break;
      }
      case OP_FN1:
        values[i] = fns[b[i]](values[a[i]]);
        break;
      case OP_FN2:
        values[i] = fns[b[i]](values[argList[a[i]]], values[argList[a[i] + 1]]);
        break;
      case OP_FNN: {
        const start = a[i],
          len = argList[start];
        const xs = new Array<number>(len);
        for (let k = 0; k < len; k++) xs[k] = values[argList[start + 1 + k]];
        values[i] = fns[b[i]](...xs);
        break;
      }
    }
  }
}

/** A compiled evaluator; `size` is its tape's length (what it keeps in memory). */
export type Compiled = ((values: ArrayLike<number>) => number[]) & { size: number };

export function compileNodes(es: readonly Node[], vars: readonly string[]): Compiled {
  const tape = buildTape(es, vars);
  const work = new Float64Array(tape.op.length);
  const outs = tape.outputs;
  return Object.assign(
    (input: ArrayLike<number>) => {
      runTape(tape, input, work);
      const r = new Array<number>(outs.length);
      for (let k = 0; k < outs.length; k++) r[k] = work[outs[k]];
      return r;
    },
    { size: tape.op.length },
  );
}
