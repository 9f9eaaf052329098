// The derivative engine against its peers on one corpus, side by side: mathjs `derivative` without
// and with simplify, and SymPy `diff` (+ `cse`) through python3: time for the full gradient (every
// variable) and the printed size of the result, with a sentence saying what each ratio compares.
import { spawnSync } from 'child_process';
import * as mathjs from 'mathjs';
import * as path from 'path';
import { clearCache, compile, evaluate, Expr, freeVariables, fromMathNode, gradient, printShared } from '../../src/core/expr';
import { medianCallMs, section, table, timeMs } from './harness';

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

const mathjsGradient =
  (simplify: boolean) =>
  (tree: mathjs.MathNode, vars: string[]): mathjs.MathNode[] =>
    vars.map((v) => mathjs.derivative(tree, v, { simplify }));

/** Printed size in one unit for every peer: characters without whitespace, shared names counted with their definitions. */
const chars = (s: string) => s.replace(/\s+/g, '').length;

function ourChars(grad: Expr[]): number {
  const s = printShared(grad);
  return s.definitions.reduce((t, d) => t + chars(d.name) + 1 + chars(d.text), 0) + s.texts.reduce((t, x) => t + chars(x), 0);
}

const mathjsChars = (grad: mathjs.MathNode[]) => grad.reduce((t, n) => t + chars(n.toString({ implicit: 'show' })), 0);

interface SympyCase {
  name: string;
  diffMs: number;
  diffChars: number;
  cseMs: number;
  cseChars: number;
  values: number[];
}

/** SymPy's figures for the corpus (test/bench/sympy_peer.py), or why there are none. */
function sympyPeer(
  cases: { name: string; expr: string; vars: string[]; point: Record<string, number> }[],
): { version: string; cases: SympyCase[] } | { absent: string } {
  const script = path.resolve(process.cwd(), 'test/bench/sympy_peer.py');
  const r = spawnSync('python3', [script], { input: JSON.stringify(cases), encoding: 'utf8', timeout: 600_000, maxBuffer: 1 << 26 });
  if (r.error) return { absent: `python3 could not run (${r.error.message})` };
  if (r.status !== 0)
    return { absent: `python3 ${path.relative(process.cwd(), script)} failed: ${(r.stderr || '').trim().split('\n').pop()}` };
  const out = JSON.parse(r.stdout) as { sympy: string; cases: SympyCase[] };
  return { version: out.sympy, cases: out.cases };
}

/**
 * Two close competitors timed in alternating rounds, the median round of each: on a shared machine
 * the load changes during a run, and timing one after the other would put the change in the ratio.
 */
function alternating(a: () => unknown, b: () => unknown, rounds = 7): [number, number] {
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < rounds; i++) {
    ta.push(medianCallMs(a, 80));
    tb.push(medianCallMs(b, 80));
  }
  const mid = (xs: number[]) => xs.sort((x, y) => x - y)[xs.length >> 1];
  return [mid(ta), mid(tb)];
}

const geoMean = (xs: number[]) => Math.exp(xs.reduce((t, x) => t + Math.log(x), 0) / xs.length);
const sum = (xs: number[]) => xs.reduce((t, x) => t + x, 0);

interface PeerRow {
  ms: number;
  chars: number;
  values: number[];
}

function ratioLine(label: string, meaning: string, ours: PeerRow[], theirs: PeerRow[]): void {
  const ratios = theirs.map((t, i) => t.ms / ours[i].ms);
  const smaller = theirs.filter((t, i) => ours[i].chars <= t.chars).length;
  console.log(`${label}: ${meaning}`);
  console.log(
    `  time ratio (theirs / ours): total ${(sum(theirs.map((t) => t.ms)) / sum(ours.map((o) => o.ms))).toFixed(1)}x, ` +
      `geometric mean ${geoMean(ratios).toFixed(1)}x, smallest ${Math.min(...ratios).toFixed(2)}x (${CORPUS[ratios.indexOf(Math.min(...ratios))].name}); ` +
      `our result is as small or smaller in ${smaller} of ${theirs.length} (total ${sum(ours.map((o) => o.chars))} vs ${sum(theirs.map((t) => t.chars))} chars)`,
  );
}

section('derivative engine vs mathjs and SymPy (full gradient of each expression, median ms per gradient)', () => {
  const inputs = CORPUS.map((c) => {
    const ourTree = mathjs.parse(c.ours);
    const theirTree = mathjs.parse(c.theirs ?? c.ours);
    const vars = freeVariables(fromMathNode(ourTree));
    const point = Object.fromEntries(vars.map((v, i) => [v, 0.3 + 0.17 * i]));
    return { c, ourTree, theirTree, vars, point };
  });
  const ours: PeerRow[] = [];
  const raw: PeerRow[] = [];
  const simplified: PeerRow[] = [];
  for (const { ourTree, theirTree, vars, point } of inputs) {
    const peer = (ms: number, grad: mathjs.MathNode[]): PeerRow => ({
      ms,
      chars: mathjsChars(grad),
      values: grad.map((g) => g.evaluate({ ...point }) as number),
    });
    const grad = ourGradient(ourTree, vars);
    const [oursMs, rawMs] = alternating(
      () => ourGradient(ourTree, vars),
      () => mathjsGradient(false)(theirTree, vars),
    );
    ours.push({ ms: oursMs, chars: ourChars(grad), values: grad.map((g) => evaluate(g, point)) });
    raw.push(peer(rawMs, mathjsGradient(false)(theirTree, vars)));
    simplified.push(
      peer(
        medianCallMs(() => mathjsGradient(true)(theirTree, vars), 2000),
        mathjsGradient(true)(theirTree, vars),
      ),
    );
  }
  const sp = sympyPeer(inputs.map(({ c, vars, point }) => ({ name: c.name, expr: c.theirs ?? c.ours, vars, point })));
  const spDiff: PeerRow[] = [];
  const spCse: PeerRow[] = [];
  if ('cases' in sp) {
    for (const s of sp.cases) {
      spDiff.push({ ms: s.diffMs, chars: s.diffChars, values: s.values });
      spCse.push({ ms: s.cseMs, chars: s.cseChars, values: s.values });
    }
  }
  // every peer's gradient must agree with ours numerically (a benchmark of wrong answers would mean nothing)
  const relDiff = (i: number) =>
    Math.max(
      0,
      ...[raw, simplified, spDiff]
        .filter((p) => p.length)
        .flatMap((p) =>
          p[i].values.map((b, k) => {
            const a = ours[i].values[k];
            return Math.abs(a - b) / Math.max(1e-300, Math.abs(a), Math.abs(b));
          }),
        ),
    );
  const rows = inputs.map(({ c, vars }, i) => [
    c.name,
    vars.length,
    ours[i].ms,
    ours[i].chars,
    raw[i].ms,
    raw[i].chars,
    simplified[i].ms,
    simplified[i].chars,
    ...(spDiff.length ? [spDiff[i].ms, spDiff[i].chars, spCse[i].ms, spCse[i].chars] : ['-', '-', '-', '-']),
    relDiff(i).toExponential(0),
  ]);
  table(
    [
      'expression',
      '#vars',
      'ours ms',
      'chars',
      'mathjs raw ms',
      'chars',
      'mathjs simplify ms',
      'chars',
      'sympy diff ms',
      'chars',
      'sympy diff+cse ms',
      'chars',
      'max rel diff',
    ],
    rows,
  );
  console.log('\nTimes: median per full gradient from an already parsed tree, printing excluded (ours and mathjs raw in alternating');
  console.log('rounds, as they are close); ours clears its node table before each run and SymPy its cache.');
  console.log('chars: printed result without whitespace, shared names with their definitions.\n');
  ratioLine(
    'ours vs mathjs raw',
    'mathjs `derivative(f, v, { simplify: false })` per variable, the same job without any simplification (its result repeats subexpressions and keeps 1 * and ^ (2 - 1))',
    ours,
    raw,
  );
  ratioLine(
    'ours vs mathjs simplify',
    'mathjs `derivative(f, v)` with its default simplify, which gives readable output; nearly all of its time is the simplifier',
    ours,
    simplified,
  );
  if ('cases' in sp) {
    ratioLine(
      `ours vs SymPy ${sp.version} diff`,
      'sympy.diff per variable through python3 (automatic simplification only), timed inside Python',
      ours,
      spDiff,
    );
    ratioLine(
      `ours vs SymPy ${sp.version} diff + cse`,
      'the same followed by sympy.cse, shared subexpressions named once as in our result',
      ours,
      spCse,
    );
  } else {
    console.log(`SymPy peer ABSENT: ${sp.absent}. Install python3 and python3-sympy (.ci/run does) to compare.`);
  }
  console.log('');

  const net = mathjs.parse(NETWORK);
  const netVars = freeVariables(fromMathNode(net));
  const cold = timeMs(() => ourGradient(net, netVars), 50, 10);
  const netExpr = fromMathNode(net);
  const warm = timeMs(() => gradient(netExpr, netVars), 50, 10);
  console.log(
    `two-layer network, ${netVars.length}-variable gradient: ${cold.toFixed(3)} ms from scratch, ${warm.toFixed(3)} ms warm (target < 5 ms)`,
  );

  const f = compile([netExpr, ...gradient(netExpr, netVars)], netVars);
  const point = netVars.map((_, i) => 0.1 * (i + 1));
  const evals = timeMs(
    () => {
      for (let i = 0; i < 1e5; i++) {
        point[0] = i * 1e-5;
        f(point);
      }
    },
    5,
    1,
  );
  const small = compile([fromMathNode(mathjs.parse('sin(4*w) + 0.1*w^2'))], ['w']);
  const smallMs = timeMs(
    () => {
      for (let i = 0; i < 1e5; i++) small([i * 1e-4]);
    },
    5,
    1,
  );
  console.log(
    `evaluation: 1e5 evaluations of sin(4w) + 0.1w^2 in ${smallMs.toFixed(1)} ms; of the network loss and its 12 partials in ${evals.toFixed(1)} ms`,
  );
});
