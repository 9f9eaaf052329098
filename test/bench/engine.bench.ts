// The derivative engine against mathjs' `derivative` on a corpus: time for the full gradient
// (every variable), and the size of the result.
import * as mathjs from 'mathjs';
import { clearCache, compile, evaluate, Expr, freeVariables, fromMathNode, gradient, nodeCount, printShared } from '../../src/core/expr';
import { section, table, timeMs } from './harness';

interface Case {
  name: string;
  /** our text (canonical vocabulary, e.g. sigmoid) */
  ours: string;
  /** the same function for mathjs, which lacks sigmoid/softplus/logsumexp */
  theirs?: string;
}

const sig = (z: string) => `1 / (1 + exp(-(${z})))`;
const NETWORK = '(sigmoid(v1*sigmoid(w11*x1+w12*x2+b1) + v2*sigmoid(w21*x1+w22*x2+b2) + c) - y)^2';
const NETWORK_MATHJS = `(${sig(`v1*${sig('w11*x1+w12*x2+b1')} + v2*${sig('w21*x1+w22*x2+b2')} + c`)} - y)^2`;

export const CORPUS: Case[] = [
  { name: 'polynomial', ours: '3*x^4 - 2*x^3*y + x*y^2 - 7*y + 5' },
  { name: 'polynomial 3 vars', ours: '(x + 2*y - z)^3 + x*y*z - 4*x^2*z' },
  { name: 'linear regression', ours: '(y - (theta0*x + theta1))^2' },
  { name: 'trig', ours: 'sin(x)*cos(y) + tan(x*y)' },
  { name: 'sin(4w) + 0.1w^2', ours: 'sin(4*w) + 0.1*w^2' },
  { name: 'two-layer sigmoid network', ours: NETWORK, theirs: NETWORK_MATHJS },
  { name: 'gravity potential', ours: '-G*m1*m2 / sqrt((x1-x2)^2 + (y1-y2)^2 + (z1-z2)^2)' },
  { name: 'pendulum energy', ours: '0.5*m*l^2*w^2 + m*g*l*(1 - cos(theta))' },
  { name: 'ellipsoid volume', ours: '4*pi/3*a*b*c' },
  { name: 'projectile range', ours: 'v^2 * sin(2*theta) / g + h*cos(theta)' },
  { name: 'softplus logistic loss', ours: 'softplus(-y*(w1*x1 + w2*x2 + b))', theirs: 'log(1 + exp(-y*(w1*x1 + w2*x2 + b)))' },
  { name: 'log-sum-exp', ours: 'logsumexp(a*x, b*y, c*z)', theirs: 'log(exp(a*x) + exp(b*y) + exp(c*z))' },
  {
    name: 'softmax cross-entropy',
    ours: '-(y1*(z1 - logsumexp(z1, z2, z3)) + y2*(z2 - logsumexp(z1, z2, z3)) + y3*(z3 - logsumexp(z1, z2, z3)))',
    theirs: '-(y1*(z1 - log(exp(z1)+exp(z2)+exp(z3))) + y2*(z2 - log(exp(z1)+exp(z2)+exp(z3))) + y3*(z3 - log(exp(z1)+exp(z2)+exp(z3))))',
  },
  { name: 'gaussian', ours: 'exp(-((x - mu)^2) / (2*sigma^2)) / (sigma*sqrt(2*pi))' },
];

function ourGradient(tree: mathjs.MathNode, vars: string[]): Expr[] {
  clearCache(); // each run builds from scratch: no help from the hash-consing table of earlier runs
  return gradient(fromMathNode(tree), vars);
}

function mathjsGradient(tree: mathjs.MathNode, vars: string[]): mathjs.MathNode[] {
  return vars.map((v) => mathjs.derivative(tree, v));
}

function treeSize(n: mathjs.MathNode): number {
  let count = 0;
  n.traverse(() => count++);
  return count;
}

function sharedChars(grad: Expr[]): number {
  const s = printShared(grad);
  return s.definitions.reduce((t, d) => t + d.name.length + 3 + d.text.length, 0) + s.texts.reduce((t, x) => t + x.length, 0);
}

section('derivative engine vs mathjs derivative (full gradient, median ms)', () => {
  let oursTotal = 0;
  let theirsTotal = 0;
  let biggerThanMathjs = 0;
  const rows: (string | number)[][] = [];
  for (const c of CORPUS) {
    const ourTree = mathjs.parse(c.ours);
    const theirTree = mathjs.parse(c.theirs ?? c.ours);
    const vars = freeVariables(fromMathNode(ourTree));
    const ours = timeMs(() => ourGradient(ourTree, vars));
    const theirs = timeMs(() => mathjsGradient(theirTree, vars), 10, 2);
    const grad = ourGradient(ourTree, vars);
    const mj = mathjsGradient(theirTree, vars);
    const ourNodes = nodeCount(grad);
    const theirNodes = mj.reduce((t, n) => t + treeSize(n), 0);
    const ourChars = sharedChars(grad);
    const theirChars = mj.reduce((t, n) => t + n.toString({ implicit: 'show' }).length, 0);
    if (ourChars > theirChars) biggerThanMathjs++;
    // the two results must agree numerically (a benchmark of wrong answers would mean nothing)
    const point = Object.fromEntries(vars.map((v, i) => [v, 0.3 + 0.17 * i]));
    let maxRel = 0;
    grad.forEach((g, i) => {
      const a = evaluate(g, point);
      const b = mj[i].evaluate({ ...point }) as number;
      maxRel = Math.max(maxRel, Math.abs(a - b) / Math.max(1e-300, Math.abs(a), Math.abs(b)));
    });
    oursTotal += ours;
    theirsTotal += theirs;
    rows.push([c.name, vars.length, ours, theirs, theirs / ours, ourNodes, theirNodes, ourChars, theirChars, maxRel.toExponential(0)]);
  }
  table(['expression', '#vars', 'ours ms', 'mathjs ms', 'ratio', 'our nodes', 'mathjs nodes', 'our chars', 'mathjs chars', 'max rel diff'], rows);
  const geo = Math.exp(rows.reduce((t, r) => t + Math.log(r[4] as number), 0) / rows.length);
  const worst = Math.min(...rows.map((r) => r[4] as number));
  console.log(`\noverall ratio (total mathjs time / total our time): ${(theirsTotal / oursTotal).toFixed(1)}x (target >= 20x)`);
  console.log(`per-expression ratios: geometric mean ${geo.toFixed(0)}x, smallest ${worst.toFixed(0)}x`);
  console.log(`results larger than mathjs's (printed chars; ours with shared names, both with explicit *): ${biggerThanMathjs} of ${CORPUS.length}`);

  const net = mathjs.parse(NETWORK);
  const netVars = freeVariables(fromMathNode(net));
  const cold = timeMs(() => ourGradient(net, netVars), 50, 10);
  const netExpr = fromMathNode(net);
  const warm = timeMs(() => gradient(netExpr, netVars), 50, 10);
  console.log(`two-layer network, ${netVars.length}-variable gradient: ${cold.toFixed(3)} ms from scratch, ${warm.toFixed(3)} ms warm (target < 5 ms)`);

  const f = compile([netExpr, ...gradient(netExpr, netVars)], netVars);
  const point = netVars.map((_, i) => 0.1 * (i + 1));
  const evals = timeMs(() => {
    for (let i = 0; i < 1e5; i++) {
      point[0] = i * 1e-5;
      f(point);
    }
  }, 5, 1);
  const small = compile([fromMathNode(mathjs.parse('sin(4*w) + 0.1*w^2'))], ['w']);
  const smallMs = timeMs(() => {
    for (let i = 0; i < 1e5; i++) small([i * 1e-4]);
  }, 5, 1);
  console.log(`evaluation: 1e5 evaluations of sin(4w) + 0.1w^2 in ${smallMs.toFixed(1)} ms; of the network loss and its 12 partials in ${evals.toFixed(1)} ms`);
});
