// The array syntax tree → array nodes with shapes. A shape mismatch or an operation with no
// derivative here is an InputError naming the operation, the shapes and the column.
import { InputError } from '../types';
import { inputError } from '../syntax/errors';
import { fromMathNode } from '../expr';
import type { Node } from '../expr/node';
import * as B from './build';
import type { ANode } from './node';
import { showShape } from './node';
import type { Ast } from './parse';
import { ShapeError } from './shape';
import type { Shape } from './types';
import type { IndexEntry } from './node';

export interface LowerContext {
  text: string;
  shapes: Record<string, Shape>;
  /** names defined by earlier assignments (for totals), already lowered */
  defined?: Record<string, ANode>;
  /** MATLAB: sum(X) of a matrix sums its columns */
  columnReductions?: boolean;
  /** Julia, MATLAB, R: a vector meeting a matrix elementwise is a column (x' is a row) */
  columnVectors?: boolean;
  /** Julia, MATLAB: `X(:)`, `X[:]` is every element as one column, in column-major order */
  colonFlattens?: boolean;
}

const isColon = (e: IndexEntry) => 'start' in e && e.start === null && e.stop === null && e.step === 1;

/** `X(:)`: the elements column after column, i.e. the rows of Xᵀ one after another (row-major inside). */
function colonVector(x: ANode): ANode {
  if (x.shape.length <= 1) return x;
  if (x.shape.length > 2) throw new ShapeError(`(:) of a ${x.shape.length}-d array is not supported`);
  const n = x.shape.every((d) => typeof d === 'number') ? (x.shape[0] as number) * (x.shape[1] as number) : x.shape.join('*');
  return B.make('reshape', [B.transpose(x)], { shape: [n] });
}

const OP_NAMES: Record<string, string> = {
  '+': 'addition (+)',
  '-': 'subtraction (-)',
  '*': 'elementwise product (*)',
  '/': 'division (/)',
  '^': 'power',
  '@': 'matrix product',
  star: 'product (*)',
  mdiv: 'division (/)',
  mpow: 'power (^)',
  solve: 'solve (\\)',
};

/** A vector (not written transposed) meeting a matrix elementwise, as the column it is in Julia/MATLAB/R. */
function column(v: ANode, ast: Ast, other: ANode): ANode {
  if (v.shape.length !== 1 || other.shape.length !== 2 || ast.k === 'T') return v;
  return B.make('expand', [v], { axes: [1] });
}

export function lowerAst(ast: Ast, cx: LowerContext): ANode {
  const fail = (msg: string, at: number): InputError => inputError(msg, cx.text, at);
  const guard = <T>(what: string, at: number, f: () => T): T => {
    try {
      return f();
    } catch (e) {
      if (e instanceof ShapeError) throw fail(`${what}: ${e.message.replace(/^[^:]*: /, '')}`, at);
      if (e instanceof InputError && e.column === undefined) throw fail(`${what}: ${e.message}`, at);
      throw e;
    }
  };
  const go = (a: Ast): ANode => {
    switch (a.k) {
      case 'num':
        return B.konst(a.value);
      case 'var':
        return cx.defined?.[a.name] ?? B.variable(a.name, cx.shapes[a.name] ?? []);
      case 'neg':
        return B.neg(go(a.a));
      case 'T':
        return guard('transpose', a.at, () => B.transpose(go(a.a)));
      case 'dim': {
        const x = go(a.a);
        return guard('size', a.at, () => B.count(x, a.axis === null ? null : [a.axis]));
      }
      case 'bin': {
        let [x, y] = [go(a.a), go(a.b)];
        if (cx.columnVectors && ['+', '-', '*', '/', '^'].includes(a.op)) [x, y] = [column(x, a.a, y), column(y, a.b, x)];
        const what = OP_NAMES[a.op] ?? a.op;
        return guard(what, a.at, () => {
          switch (a.op) {
            case '+':
              return B.add(x, y);
            case '-':
              return B.sub(x, y);
            case '*':
              return B.mul(x, y);
            case '/':
              return B.div(x, y);
            case '^':
              return B.pow(x, y);
            case '@':
              return B.matmul(x, y);
            case 'star':
              // a column times a row (u * v') is their outer product
              if (x.shape.length === 1 && y.shape.length === 1 && a.b.k === 'T' && a.a.k !== 'T') return B.make('outer', [x, y]);
              return x.shape.length && y.shape.length ? B.matmul(x, y) : B.mul(x, y);
            case 'mdiv':
              if (y.shape.length)
                throw new ShapeError(
                  `dividing by a matrix ${showShape(y.shape)} (right division) is not supported; write ./ for elementwise division`,
                );
              return B.div(x, y);
            case 'mpow':
              // A^{-1} (LaTeX, Julia A^-1): the inverse
              if (x.shape.length === 2 && y.op === 'const' && y.attr.value === -1) return B.make('inv', [x]);
              if (x.shape.length)
                throw new ShapeError(`the matrix power of ${showShape(x.shape)} is not supported; write .^ for an elementwise power`);
              return B.pow(x, y);
            case 'solve':
              return B.solve(x, y);
          }
        });
      }
      case 'scalar': {
        const args = a.args.map(go);
        const body: Node = fromMathNode(a.body) as Node;
        const env = (name: string) => {
          const i = a.placeholderNames.indexOf(name);
          if (i < 0) throw fail(`${a.name}: unexpected name ${name}`, a.at);
          return args[i];
        };
        return guard(a.name, a.at, () => B.fromScalar(body, env));
      }
      case 'index': {
        if (a.a.k === 'fn' && a.a.fn === 'slogdet') {
          const e = a.index[0];
          // NumPy's slogdet(X)[1] and Julia's logabsdet(X)[1] are log|det X|; the sign is constant
          const logPart = a.a.name.endsWith('logabsdet') ? 0 : 1;
          if (a.index.length !== 1 || !('int' in e)) throw fail(`${a.a.name}(…) is indexed by 0 or 1 only`, a.at);
          if (e.int !== logPart) throw fail(`the sign from ${a.a.name} has no derivative; use its log-determinant`, a.at);
          const x = go(a.a.args[0]);
          return guard(a.a.name, a.a.at, () => B.make('logdet', [x]));
        }
        const x = go(a.a);
        if (cx.colonFlattens && a.index.length === 1 && isColon(a.index[0])) return guard('(:)', a.at, () => colonVector(x));
        return guard('indexing', a.at, () => B.make('index', [x], { index: a.index }));
      }
      case 'setindex': {
        const [x, v] = [go(a.a), go(a.value)];
        return guard('element assignment', a.at, () => {
          return B.make('setindex', [x, v], { index: a.index });
        });
      }
      case 'gather': {
        const [x, y] = [go(a.a), go(a.labels)];
        return guard('picking one element per row', a.at, () => B.make('gather', [x, y], { value: a.base }));
      }
      case 'fn': {
        if (a.fn === 'arange') throw fail(`${a.name} is only supported as the row index of x[arange(n), y]`, a.at);
        if (a.fn === 'identity') throw fail('a tuple is only supported as an axis or a shape', a.at);
        if (a.fn === 'slogdet') throw fail(`${a.name} gives two values; index it ([1] is log|det|)`, a.at);
        const args = a.args.map(go);
        const x = args[0];
        return guard(a.name, a.at, () => {
          switch (a.fn) {
            case 'sum':
            case 'mean':
            case 'amax':
            case 'logsumexp': {
              let axes = a.axes ?? null;
              let keepdims = !!a.keepdims;
              // MATLAB: sum(X) runs down the first dimension that is not 1 (a row vector sums to a number)
              if (axes === null && cx.columnReductions && x.shape.length === 2 && x.shape[0] !== 1 && x.shape[1] !== 1)
                [axes, keepdims] = [[0], true];
              if (a.fn === 'sum') return B.sum(x, axes, keepdims);
              if (x.shape.length === 0) return x;
              return B.make(a.fn, [x], { axes, keepdims });
            }
            case 'softmax':
            case 'log_softmax':
              return B.make(a.fn, [x], { axes: a.axes ?? [-1] });
            case 'reshape':
              return B.make('reshape', [x], { shape: a.shape });
            case 'flatten': {
              const n = x.shape.every((d) => typeof d === 'number')
                ? x.shape.reduce<number>((p, d) => p * (d as number), 1)
                : x.shape.join('*');
              return B.make('reshape', [x], { shape: [n] });
            }
            case 'zeros_like':
              return B.make('fill', [x], { value: 0 });
            case 'ones_like':
              return B.make('fill', [x], { value: 1 });
            case 'logdet':
            case 'norm':
            case 'outer':
            case 'trace':
            case 'det':
            case 'inv':
            case 'solve':
              return B.make(a.fn, args);
            default:
              throw new ShapeError(`${a.name} is not supported in array expressions`);
          }
        });
      }
    }
  };
  return go(ast);
}
