// Constructors of array nodes with the cheap local rewrites that keep results readable: constants
// folded, ones and zeros dropped, scalar factors pulled out of matrix products, transposes of
// transposes folded, broadcasts dropped where the other operand already has the shape.
import { OPS } from './ops';
import { ANode, Attr, intern, isScalar, sameShape } from './node';
import { broadcast } from './shape';
import type { Shape } from './types';
import type { Node } from '../expr/node';
import { splitCoef } from '../expr/build';
import { CONSTANTS } from '../expr/constants';
import { has } from '../names';

export function make(op: string, args: ANode[], attr: Attr = {}): ANode {
  return intern(
    op,
    args,
    attr,
    OPS[op].shape(
      args.map((a) => a.shape),
      attr,
      args,
    ),
  );
}

export const variable = (name: string, shape: Shape): ANode => intern('var', [], { name }, shape);
export const konst = (v: number): ANode => intern('const', [], { value: v === 0 ? 0 : v }, []);
export const ZERO = () => konst(0);
export const ONE = () => konst(1);

const constValue = (n: ANode): number | undefined => (n.op === 'const' ? n.attr.value : undefined);
const isConst = (n: ANode, v: number) => constValue(n) === v;
/** A node whose every element is v (a constant, or `fill`). */
const isAll = (n: ANode, v: number) => isConst(n, v) || (n.op === 'fill' && n.attr.value === v);

/** The shape elementwise ops give, checked. */
const ewShape = (what: string, ...xs: ANode[]) => broadcast(what, ...xs.map((x) => x.shape));

/** `x` made to have exactly shape `s` (it broadcasts to s): a fill, or a broadcast of x to `like`. */
export function broadcastLike(x: ANode, like: ANode): ANode {
  if (sameShape(x.shape, like.shape)) return x;
  const c = constValue(x);
  if (c !== undefined) return make('fill', [like], { value: c });
  return make('bcast', [x, like]);
}

/** Drops a broadcast (or a fill) where the other operand of an elementwise op already covers the shape. */
function unwrap(x: ANode, other: ANode): ANode {
  if (x.op === 'bcast' && sameShape(broadcast('', x.args[0].shape, other.shape), other.shape) && sameShape(other.shape, x.shape))
    return x.args[0];
  if (x.op === 'fill' && sameShape(other.shape, x.shape)) return konst(x.attr.value!);
  return x;
}

export function add(a: ANode, b: ANode): ANode {
  const shape = ewShape('+', a, b);
  [a, b] = [unwrap(a, b), unwrap(b, a)];
  if (isAll(a, 0) && sameShape(b.shape, shape)) return b;
  if (isAll(b, 0) && sameShape(a.shape, shape)) return a;
  if (constValue(a) !== undefined && constValue(b) !== undefined) return konst(a.attr.value! + b.attr.value!);
  if (b.op === 'neg') return sub(a, b.args[0]);
  if (a.op === 'neg') return sub(b, a.args[0]);
  if (a === b) return mul(konst(2), a);
  // (u + v) + v → u + 2v: the reverse sweep adds one adjoint per use, so repeated uses meet here
  if (a.op === 'add' && a.args[1] === b) return add(a.args[0], mul(konst(2), b));
  if (a.op === 'add' && a.args[0] === b) return add(mul(konst(2), b), a.args[1]);
  return make('add', [a, b]);
}

export function sub(a: ANode, b: ANode): ANode {
  const shape = ewShape('-', a, b);
  [a, b] = [unwrap(a, b), unwrap(b, a)];
  if (isAll(b, 0) && sameShape(a.shape, shape)) return a;
  if (isAll(a, 0) && sameShape(b.shape, shape)) return neg(b);
  if (constValue(a) !== undefined && constValue(b) !== undefined) return konst(a.attr.value! - b.attr.value!);
  if (b.op === 'neg') return add(a, b.args[0]);
  if (a === b) return broadcastLike(ZERO(), a);
  return make('sub', [a, b]);
}

export function neg(a: ANode): ANode {
  if (a.op === 'neg') return a.args[0];
  // -(2 * x / n) → -2 * x / n; -(s / n²) → -s / n²
  if (a.op === 'div' && isScalar(a.args[1])) return make('div', [neg(a.args[0]), a.args[1]]);
  if (a.op === 'const') return konst(-a.attr.value!);
  if (a.op === 'mul' && a.args[0].op === 'const') return mul(konst(-a.args[0].attr.value!), a.args[1]);
  return make('neg', [a]);
}

export function mul(a: ANode, b: ANode): ANode {
  const shape = ewShape('*', a, b);
  [a, b] = [unwrap(a, b), unwrap(b, a)];
  const ca = constValue(a);
  const cb = constValue(b);
  if (ca !== undefined && cb !== undefined) return konst(ca * cb);
  if (cb !== undefined) return mul(b, a); // constants first: 2 * x
  if (ca === 1 || isAll(a, 1)) return sameShape(b.shape, shape) ? b : broadcastLike(b, a);
  if (ca === 0 || isAll(a, 0) || isAll(b, 0)) return zerosOf(shape, a, b);
  if (ca === -1) return neg(b);
  if (ca !== undefined && b.op === 'mul' && b.args[0].op === 'const') return mul(konst(ca * b.args[0].attr.value!), b.args[1]);
  if (ca !== undefined && b.op === 'neg') return mul(konst(-ca), b.args[0]);
  if (b.op === 'neg') return neg(mul(a, b.args[0]));
  if (a.op === 'neg') return neg(mul(a.args[0], b));
  // a · (c · x) → c · (a · x); (x / n) · y → (x · y) / n: coefficients in front, one division at the end
  if (b.op === 'mul' && b.args[0].op === 'const') return mul(b.args[0], mul(a, b.args[1]));
  if (a.op === 'mul' && a.args[0].op === 'const') return mul(a.args[0], mul(a.args[1], b));
  if (a.op === 'div' && isScalar(a.args[1])) return div(mul(a.args[0], b), a.args[1]);
  if (b.op === 'div' && isScalar(b.args[1])) return div(mul(a, b.args[0]), b.args[1]);
  // scalars before arrays: lam * w
  if (isScalar(b) && !isScalar(a)) return make('mul', [b, a]);
  return make('mul', [a, b]);
}

function zerosOf(shape: Shape, a: ANode, b: ANode): ANode {
  if (shape.length === 0) return ZERO();
  return broadcastLike(ZERO(), sameShape(a.shape, shape) ? a : sameShape(b.shape, shape) ? b : make('bcast', [a, b]));
}

export function div(a: ANode, b: ANode): ANode {
  const shape = ewShape('/', a, b);
  [a, b] = [unwrap(a, b), unwrap(b, a)];
  if (isConst(b, 1) && sameShape(a.shape, shape)) return a;
  const ca = constValue(a);
  const cb = constValue(b);
  // a quotient of numbers is folded when it reads well (0.5, 3); 1/128 stays a fraction
  if (ca !== undefined && cb !== undefined && (Number.isInteger(ca / cb) || String(ca / cb).length <= 5)) return konst(ca / cb);
  if (isAll(a, 0) && sameShape(a.shape, shape)) return a;
  if (a.op === 'neg') return neg(div(a.args[0], b));
  if (a === b) return broadcastLike(ONE(), a);
  // (x · y) / x → y for a scalar x, anywhere in the product (log det: det · X⁻ᵀ / det; ‖w‖ w / ‖w‖)
  if (a.op === 'mul' && isScalar(b)) {
    const without = dropFactor(a, b);
    if (without) return without;
  }
  if (cb !== undefined && a.op === 'mul' && a.args[0].op === 'const') {
    // 2 * x / 4 → x / 2, 4 * x / 2 → 2 * x; 2 * x / 3 stays (no 0.666…)
    const r = a.args[0].attr.value! / cb;
    if (Number.isInteger(r)) return mul(konst(r), a.args[1]);
    if (Number.isInteger(1 / r)) return make('div', [a.args[1], konst(1 / r)]);
  }
  // (x / n) / m → x / (n · m)
  if (a.op === 'div' && isScalar(a.args[1]) && isScalar(b)) return div(a.args[0], mul(a.args[1], b));
  return make('div', [a, b]);
}

export function pow(a: ANode, e: ANode): ANode {
  if (isConst(e, 1)) return a;
  if (isConst(e, 0)) return broadcastLike(ONE(), a);
  if (a.op === 'const' && e.op === 'const') return konst(a.attr.value! ** e.attr.value!);
  return make('pow', [a, e]);
}

export function fn(name: string, args: ANode[]): ANode {
  if (args.every((a) => a.op === 'const')) {
    const v = OPS.fn.eval(
      args.map((a) => ({ shape: [], data: Float64Array.of(a.attr.value!) })),
      { name },
    );
    return konst(v.data[0]);
  }
  return make('fn', args, { name });
}

export function matmul(a: ANode, b: ANode): ANode {
  const shape = OPS.matmul.shape([a.shape, b.shape], {}, [a, b]);
  if (a.op === 'eye') return b;
  if (b.op === 'eye') return a;
  // scalar factors outside: A @ (2 * v) = 2 * (A @ v); A @ (v / n) = (A @ v) / n
  for (const [x, other, left] of [
    [a, b, true],
    [b, a, false],
  ] as const) {
    if (x.op === 'neg') return neg(left ? matmul(x.args[0], other) : matmul(other, x.args[0]));
    if (x.op === 'mul' && isScalar(x.args[0])) return mul(x.args[0], left ? matmul(x.args[1], other) : matmul(other, x.args[1]));
    if (x.op === 'div' && isScalar(x.args[1])) return div(left ? matmul(x.args[0], other) : matmul(other, x.args[0]), x.args[1]);
    if (isAll(x, 0)) return shape.length ? broadcastLike(ZERO(), make('matmul', [a, b])) : ZERO();
  }
  return make('matmul', [a, b]);
}

export function transpose(a: ANode): ANode {
  if (a.shape.length < 2) return a;
  if (a.op === 'transpose') return a.args[0];
  if (a.op === 'neg') return neg(transpose(a.args[0]));
  if (a.op === 'mul' && isScalar(a.args[0])) return mul(a.args[0], transpose(a.args[1]));
  if (a.op === 'div' && isScalar(a.args[1])) return div(transpose(a.args[0]), a.args[1]);
  if (a.op === 'fill') return make('fill', [transpose(a.args[0])], a.attr);
  // (A @ B).T → B.T @ A.T when that needs no more transposes: (S @ X.T).T = X @ S.T
  if (a.op === 'matmul' && a.args.every((x) => x.shape.length === 2) && a.args.some((x) => x.op === 'transpose'))
    return matmul(transpose(a.args[1]), transpose(a.args[0]));
  return make('transpose', [a]);
}

/** Sum of an array with the given axes (null = all). */
export function sum(a: ANode, axes: number[] | null, keepdims = false): ANode {
  if (axes !== null && axes.length === 0) return a;
  // summing again over axes a keepdims sum left at size 1: one sum
  if (a.op === 'sum' && a.attr.keepdims && axes && a.attr.axes && axes.join() === a.attr.axes.join())
    return make('sum', [a.args[0]], { axes, keepdims });
  if (a.shape.length === 0) return a;
  if (a.op === 'neg') return neg(sum(a.args[0], axes, keepdims));
  // the total of a reordering is the total of what it reorders (MATLAB's sum(X(:)) is sum(X) of all)
  if (axes === null && !keepdims && (a.op === 'reshape' || a.op === 'transpose')) return sum(a.args[0], null);
  if (a.op === 'mul' && isScalar(a.args[0])) return mul(a.args[0], sum(a.args[1], axes, keepdims));
  if (a.op === 'div' && isScalar(a.args[1])) return div(sum(a.args[0], axes, keepdims), a.args[1]);
  return make('sum', [a], { axes, keepdims });
}

/** The adjoint of broadcasting: `g` (of a broadcast shape) summed back to `shape`. */
export function unbroadcast(g: ANode, shape: Shape): ANode {
  if (sameShape(g.shape, shape)) return g;
  if (g.op === 'bcast' && sameShape(g.args[0].shape, shape)) return g.args[0];
  if (shape.length === 0) return sum(g, null);
  const lead = g.shape.length - shape.length;
  let out = lead > 0 ? sum(g, [...Array(lead).keys()]) : g;
  const ones = shape.map((d, i) => (d === 1 && out.shape[i] !== 1 ? i : -1)).filter((i) => i >= 0);
  if (ones.length) out = sum(out, ones, true);
  return out;
}

/** `g` (a reduction's adjoint, reduced shape) back to the shape of `x`: size-1 axes restored, broadcast. */
export function unreduce(g: ANode, x: ANode, axes: number[] | null, keepdims: boolean): ANode {
  if (g.op === 'fill') return broadcastLike(konst(g.attr.value!), x);
  if (g.op === 'const') return broadcastLike(g, x);
  if (g.op === 'neg') return neg(unreduce(g.args[0], x, axes, keepdims));
  if (g.op === 'mul' && isScalar(g.args[0]) && !isScalar(g.args[1])) return mul(g.args[0], unreduce(g.args[1], x, axes, keepdims));
  if (g.op === 'div' && isScalar(g.args[1]) && !isScalar(g.args[0])) return div(unreduce(g.args[0], x, axes, keepdims), g.args[1]);
  const ax = axes === null ? [...x.shape.keys()] : axes.map((a) => (a < 0 ? a + x.shape.length : a));
  const kept = !keepdims && g.shape.length > 0 && g.shape.length < x.shape.length ? make('expand', [g], { axes: ax }) : g;
  return broadcastLike(kept, x);
}

/** Scalar DAG (../expr) → array node, each symbol mapped by `env`, `self` (a rule's f(args)) by `selfTo`. */
export function fromScalar(root: Node, env: (name: string) => ANode, self?: { node: Node; to: ANode }): ANode {
  const memo = new Map<number, ANode>();
  const go = (n: Node): ANode => {
    const hit = memo.get(n.id);
    if (hit) return hit;
    let out: ANode;
    if (self && n === self.node) out = self.to;
    else
      switch (n.kind) {
        case 'num':
          out = konst(n.value);
          break;
        case 'sym':
          out = has(CONSTANTS, n.name) ? konst(CONSTANTS[n.name]) : env(n.name);
          break;
        case 'add': {
          const pos: ANode[] = [];
          const negs: ANode[] = [];
          for (const t of n.args) {
            const [c, rest] = splitCoef(t);
            if (c < 0) negs.push(c === -1 ? go(rest) : mul(konst(-c), go(rest)));
            else pos.push(go(t));
          }
          let acc = pos.length ? pos.reduce(add) : neg(negs.shift()!);
          for (const x of negs) acc = sub(acc, x);
          out = acc;
          break;
        }
        case 'mul': {
          const num: ANode[] = [];
          const den: ANode[] = [];
          for (const f of n.args) {
            if (f.kind === 'pow' && f.args[1].kind === 'num' && f.args[1].value < 0)
              den.push(f.args[1].value === -1 ? go(f.args[0]) : pow(go(f.args[0]), konst(-f.args[1].value)));
            else num.push(go(f));
          }
          const top = num.length ? num.reduce(mul) : ONE();
          out = den.length ? div(top, den.reduce(mul)) : top;
          break;
        }
        case 'pow': {
          const [b, e] = n.args;
          if (e.kind === 'num' && e.value === 0.5) out = fn('sqrt', [go(b)]);
          else if (e.kind === 'num' && e.value === -0.5) out = div(ONE(), fn('sqrt', [go(b)]));
          else if (e.kind === 'num' && e.value < 0) out = div(ONE(), pow(go(b), konst(-e.value)));
          else out = pow(go(b), go(e));
          break;
        }
        case 'fn':
          out = fn(n.name, n.args.map(go));
          break;
        case 'gt':
          out = make('select', [go(n.args[0]), go(n.args[1]), ONE(), ZERO()], { cmp: '>' });
          break;
        case 'if': {
          const c = n.args[0];
          if (c.kind !== 'gt') {
            out = go(c.value ? n.args[1] : n.args[2]);
            break;
          }
          const shown = (n.name || '>') as '>' | '<' | '>=' | '<=';
          // the node is (gt(u, v) ? a : b); `shown` tells how the user wrote it
          const [u, v] = [go(c.args[0]), go(c.args[1])];
          const [t, f] = [go(n.args[1]), go(n.args[2])];
          out =
            shown === '>'
              ? make('select', [u, v, t, f], { cmp: '>' })
              : shown === '<'
                ? make('select', [v, u, t, f], { cmp: '<' })
                : shown === '>='
                  ? make('select', [v, u, f, t], { cmp: '>=' })
                  : make('select', [u, v, f, t], { cmp: '<=' });
          break;
        }
      }
    memo.set(n.id, out);
    return out;
  };
  return go(root);
}

/**
 * A linear op applied to g, with g's sign and scalar factors kept outside it:
 * scatter(-(u / n)) → -scatter(u) / n, so the printed gradient reads like the hand-written one.
 */
export function linear(g: ANode, f: (x: ANode) => ANode): ANode {
  if (g.op === 'neg') return neg(linear(g.args[0], f));
  if (g.op === 'mul' && isScalar(g.args[0]) && !isScalar(g.args[1])) return mul(g.args[0], linear(g.args[1], f));
  if (g.op === 'div' && isScalar(g.args[1]) && !isScalar(g.args[0])) return div(linear(g.args[0], f), g.args[1]);
  return f(g);
}

/** The number of elements along `axes` of x (all when null): a number when the sizes are known. */
export function count(x: ANode, axes: number[] | null): ANode {
  const ax = axes === null ? [...x.shape.keys()] : axes.map((a) => (a < 0 ? a + x.shape.length : a));
  const dims = ax.map((a) => x.shape[a]);
  if (dims.every((d) => typeof d === 'number')) return konst(dims.reduce<number>((p, d) => p * (d as number), 1));
  return make('count', [x], { axes });
}

/** A⁻¹ b; with b the identity, A⁻¹ itself. */
export function solve(a: ANode, b: ANode): ANode {
  if (b.op === 'eye') return make('inv', [a]);
  return make('solve', [a, b]);
}

/** The product `p` without one factor `f` (undefined when f is not a factor of it). */
function dropFactor(p: ANode, f: ANode): ANode | undefined {
  if (p.op !== 'mul') return undefined;
  const [x, y] = p.args;
  if (x === f) return y;
  if (y === f) return x;
  const dx = dropFactor(x, f);
  if (dx) return mul(dx, y);
  const dy = dropFactor(y, f);
  return dy ? mul(x, dy) : undefined;
}
