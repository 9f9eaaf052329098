// Array nodes → text in a library's own notation (NumPy, torch, JAX, Julia, MATLAB, R, LaTeX,
// mathjs), with the fewest parentheses; each op's spelling lives in its record in ops.ts.
import { dialectFor } from '../expr/print/dialects';
import { latexDialect } from '../expr/print/latex';
import type { Dialect } from '../expr/print/printer';
import { EXPANSIONS } from '../expr/print/lower';
import { fn as scalarFn, sym as scalarSym, withoutRecognition } from '../expr/build';
import * as B from './build';
import { ANode, topo } from './node';
import { Ctx, OPS, PREC, Printed } from './ops';
import { Lib, NS } from './libs';
import { plainNum } from '../expr/print/dialects';

const LANG_OF: Record<Lib, Parameters<typeof dialectFor>[0]> = {
  numpy: 'python',
  torch: 'python',
  jax: 'python',
  julia: 'julia',
  matlab: 'matlab',
  r: 'r',
  latex: 'latex',
  math: 'math',
};

/** Names a node (or shared subexpression) prints as instead of its formula, e.g. the output `h`. */
export type Names = Map<number, string>;

export function printNode(root: ANode, lib: Lib, names: Names = new Map()): string {
  const ns = lib === 'numpy' || lib === 'torch' || lib === 'jax' ? NS[lib] : '';
  const d = dialectFor(LANG_OF[lib], ns || undefined);
  const dialect: Dialect = d === 'latex' ? latexDialect : d;
  const memo = new Map<number, Printed>();
  // a symbolic size is read off a variable that has it (X.shape[0]), not off a compound expression
  const vars = topo([root]).filter((n) => n.op === 'var' && !names.has(n.id));
  const shapeText = (m: ANode, j: number): string => {
    const v = m.shape[j];
    if (typeof v === 'number' || lib === 'latex') return String(v);
    const owner = vars.find((x) => x.shape.includes(v));
    const [n, k] = owner ? [owner, owner.shape.indexOf(v)] : [m, j];
    const x = go(n).text;
    const a = (t: string) => (go(n).prec < PREC.ATOM ? `(${t})` : t);
    switch (lib) {
      case 'numpy':
      case 'torch':
      case 'jax':
        return `${a(x)}.shape[${k}]`;
      case 'julia':
      case 'matlab':
        return `size(${x}, ${k + 1})`;
      case 'r':
        return n.shape.length === 1 ? `length(${x})` : k === 0 ? `nrow(${x})` : `ncol(${x})`;
      case 'math':
        return `size(${x})[${k + 1}]`;
    }
  };
  const ctx: Ctx = {
    lib,
    ns,
    at: (p, prec) => (p.prec < prec ? { text: dialect.paren(p.text), prec: PREC.ATOM } : p).text,
    num: (v) => (lib === 'latex' ? dialect.num(v) : plainNum(v)),
    dim: shapeText,
    call: (name, args) => {
      // a function this library lacks is written out from the scalar expansion (sigmoid → 1 / (1 + exp(-z)))
      if (dialect.expand.has(name) && EXPANSIONS[name] && !(name === 'log' && args.length === 1)) {
        const ps = args.map((_, i) => scalarSym(`__arr${i}`));
        const lowered = withoutRecognition(() => EXPANSIONS[name](ps));
        const nodes = args.map((a, i) => B.variable(`__print${i}`, []));
        const asArray = B.fromScalar(lowered, (s) => nodes[Number(/\d+$/.exec(s)![0])]);
        const inner = new Map(names);
        nodes.forEach((n, i) =>
          inner.set(n.id, args[i].text.includes(' ') || args[i].prec < PREC.ATOM ? `(${args[i].text})` : args[i].text),
        );
        return { text: printNode(asArray, lib, inner), prec: PREC.ADD };
      }
      void scalarFn;
      const text = dialect.call(
        name,
        args.map((a) => a.text),
      );
      // Julia broadcasts a function with a dot: tanh.(x)
      return { text: lib === 'julia' ? text.replace(/^([\w.]+?)\(/, '$1.(') : text, prec: PREC.ATOM };
    },
  };
  const go = (n: ANode): Printed => {
    const named = names.get(n.id);
    if (named !== undefined) return { text: named, prec: /^[\w.()[\]]+$/.test(named) ? PREC.ATOM : PREC.ADD };
    let p = memo.get(n.id);
    if (!p) {
      p = OPS[n.op].print(ctx, n.args.map(go), n);
      memo.set(n.id, p);
    }
    return p;
  };
  return go(root).text;
}

/** Printed gradients with each repeated subexpression named once (`z1 = …`), as the scalar results do. */
export interface SharedArrayPrint {
  definitions: { name: string; text: string }[];
  texts: string[];
}

/** Ops whose text is short enough to repeat: names, numbers, transposes of names, sizes. */
const CHEAP = new Set(['var', 'const', 'count', 'fill', 'eye']);

export function printShared(roots: ANode[], lib: Lib, names: Names = new Map(), taken: ReadonlySet<string> = new Set()): SharedArrayPrint {
  // uses of each node across all the printed trees (a DAG edge per distinct parent)
  const uses = new Map<number, number>();
  const order = topo(roots);
  for (const n of order) for (const a of new Set(n.args)) uses.set(a.id, (uses.get(a.id) ?? 0) + 1);
  for (const r of roots) uses.set(r.id, (uses.get(r.id) ?? 0) + 1);
  const named = new Map(names);
  const definitions: { name: string; text: string }[] = [];
  let k = 0;
  const fresh = () => {
    let name: string;
    do name = `z${++k}`;
    while (taken.has(name));
    return name;
  };
  for (const n of order) {
    if (named.has(n.id) || CHEAP.has(n.op) || (n.op === 'transpose' && n.args[0].op === 'var') || (uses.get(n.id) ?? 0) < 2) continue;
    if (roots.includes(n) && (uses.get(n.id) ?? 0) < 2) continue;
    const text = printNode(n, lib, named);
    if (text.length < 12) continue;
    const name = fresh();
    definitions.push({ name, text });
    named.set(n.id, name);
  }
  return { definitions, texts: roots.map((r) => (named.has(r.id) && !names.has(r.id) ? named.get(r.id)! : printNode(r, lib, named))) };
}
