// Random expression trees with a reference evaluator of their own (plain Math, independent of the
// engine) and their spelling in every language, for known answers: the engine's value must match
// the reference and its partial derivatives Richardson-extrapolated central differences of it.
import fc from 'fast-check';
import type { Lang } from '../../src/core/types';

export type Tree =
  | { k: 'var'; name: string }
  | { k: 'num'; v: number }
  | { k: 'bin'; op: '+' | '-' | '*' | '/'; a: Tree; b: Tree }
  | { k: 'pow'; a: Tree; p: 2 | 3 }
  | { k: 'fn'; f: Fn; a: Tree };

type Fn = 'sin' | 'cos' | 'tanh' | 'exp' | 'atan' | 'log1sq' | 'sqrt1sq';

/** Names include members of every JavaScript object: they must be plain variables everywhere. */
export const NAMES = ['x', 'y', 'z', 'constructor', 'valueOf'];

export function tree(names = NAMES): fc.Arbitrary<Tree> {
  const leaf: fc.Arbitrary<Tree> = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...names).map((name) => ({ k: 'var', name }) as Tree) },
    { weight: 1, arbitrary: fc.constantFrom(1, 2, 3, 0.5, 1.5).map((v) => ({ k: 'num', v }) as Tree) },
  );
  const { t } = fc.letrec<{ t: Tree }>((rec) => ({
    t: fc.oneof(
      { maxDepth: 4, depthIdentifier: 'tree' },
      leaf,
      fc.record({ k: fc.constant('bin' as const), op: fc.constantFrom('+', '-', '*', '/' as const), a: rec('t'), b: rec('t') }),
      fc.record({ k: fc.constant('pow' as const), a: rec('t'), p: fc.constantFrom(2, 3 as const) }),
      fc.record({
        k: fc.constant('fn' as const),
        f: fc.constantFrom<Fn>('sin', 'cos', 'tanh', 'exp', 'atan', 'log1sq', 'sqrt1sq'),
        a: rec('t'),
      }),
    ) as fc.Arbitrary<Tree>,
  }));
  return t;
}

/** The reference value (plain Math) at a point. */
export function evalTree(t: Tree, p: Record<string, number>): number {
  switch (t.k) {
    case 'var':
      return p[t.name];
    case 'num':
      return t.v;
    case 'bin': {
      const a = evalTree(t.a, p),
        b = evalTree(t.b, p);
      return t.op === '+' ? a + b : t.op === '-' ? a - b : t.op === '*' ? a * b : a / b;
    }
    case 'pow':
      return evalTree(t.a, p) ** t.p;
    case 'fn': {
      const a = evalTree(t.a, p);
      switch (t.f) {
        case 'sin':
          return Math.sin(a);
        case 'cos':
          return Math.cos(a);
        case 'tanh':
          return Math.tanh(a);
        case 'exp':
          return Math.exp(a);
        case 'atan':
          return Math.atan(a);
        case 'log1sq':
          return Math.log(1 + a * a);
        case 'sqrt1sq':
          return Math.sqrt(1 + a * a);
      }
    }
  }
}

/** ∂f/∂v by Richardson-extrapolated central differences, with an error estimate. */
export function reference(t: Tree, p: Record<string, number>, v: string): { d: number; err: number } {
  const at = (x: number) => evalTree(t, { ...p, [v]: x });
  const x = p[v];
  const central = (h: number) => (at(x + h) - at(x - h)) / (2 * h);
  const h = 1e-3 * Math.max(1, Math.abs(x));
  const d1 = central(h),
    d2 = central(h / 2),
    d4 = central(h / 4);
  const r1 = (4 * d2 - d1) / 3,
    r2 = (4 * d4 - d2) / 3;
  const d = (16 * r2 - r1) / 15;
  const roundoff = (1e-15 * Math.abs(at(x))) / h;
  // a step 100 times smaller must agree, else the function varies faster than the steps (sin(2/(x·y)))
  const fine = central(h / 100);
  const aliasing = Math.abs(fine - d) > 1e-4 * (1 + Math.abs(d)) ? Infinity : 0;
  return { d, err: Math.abs(r2 - r1) + roundoff + aliasing };
}

export const variablesOf = (t: Tree, out = new Set<string>()): Set<string> => {
  if (t.k === 'var') out.add(t.name);
  else if (t.k === 'bin') {
    variablesOf(t.a, out);
    variablesOf(t.b, out);
  } else if (t.k === 'pow' || t.k === 'fn') variablesOf(t.a, out);
  return out;
};

interface Spelling {
  fn: Record<Fn | 'log' | 'sqrt', (a: string) => string>;
  pow: (a: string, p: number) => string;
  mul: string;
  div: (a: string, b: string) => string;
  paren: (s: string) => string;
}

const plain = (ns: string, atan = 'atan'): Spelling['fn'] => ({
  sin: (a) => `${ns}sin(${a})`,
  cos: (a) => `${ns}cos(${a})`,
  tanh: (a) => `${ns}tanh(${a})`,
  exp: (a) => `${ns}exp(${a})`,
  atan: (a) => `${ns}${atan}(${a})`,
  log: (a) => `${ns}log(${a})`,
  sqrt: (a) => `${ns}sqrt(${a})`,
  log1sq: (a) => `${ns}log(1 + ${a} * ${a})`,
  sqrt1sq: (a) => `${ns}sqrt(1 + ${a} * ${a})`,
});
const caret: Spelling = { fn: plain(''), pow: (a, p) => `${a}^${p}`, mul: ' * ', div: (a, b) => `${a} / ${b}`, paren: (s) => `(${s})` };

const SPELLING: Partial<Record<Lang, Spelling>> = {
  math: caret,
  julia: caret,
  r: caret,
  matlab: { ...caret, pow: (a, p) => `${a}.^${p}`, mul: ' .* ' },
  python: { ...caret, fn: plain('np.', 'arctan'), pow: (a, p) => `${a}**${p}` },
  javascript: { ...caret, fn: plain('Math.'), pow: (a, p) => `${a} ** ${p}` },
  typescript: { ...caret, fn: plain('Math.'), pow: (a, p) => `Math.pow(${a}, ${p})` },
  c: { ...caret, fn: plain(''), pow: (a, p) => `pow(${a}, ${p})` },
  cpp: { ...caret, fn: plain('std::'), pow: (a, p) => `std::pow(${a}, ${p})` },
  latex: {
    fn: {
      sin: (a) => `\\sin\\left(${a}\\right)`,
      cos: (a) => `\\cos\\left(${a}\\right)`,
      tanh: (a) => `\\tanh\\left(${a}\\right)`,
      exp: (a) => `e^{${a}}`,
      atan: (a) => `\\arctan\\left(${a}\\right)`,
      log: (a) => `\\ln\\left(${a}\\right)`,
      sqrt: (a) => `\\sqrt{${a}}`,
      log1sq: (a) => `\\ln\\left(1 + ${a} \\cdot ${a}\\right)`,
      sqrt1sq: (a) => `\\sqrt{1 + ${a} \\cdot ${a}}`,
    },
    pow: (a, p) => `{${a}}^{${p}}`,
    mul: ' \\cdot ',
    div: (a, b) => `\\frac{${a}}{${b}}`,
    paren: (s) => `\\left(${s}\\right)`,
  },
};
SPELLING.markdown = SPELLING.latex;

/** The tree as source text in `lang` (fully parenthesised, so precedence never matters). */
export function spell(t: Tree, lang: Lang): string {
  const s = SPELLING[lang]!;
  const go = (n: Tree): string => {
    switch (n.k) {
      case 'var':
        return lang === 'latex' || lang === 'markdown' ? (n.name.length > 1 ? `\\mathrm{${n.name}}` : n.name) : n.name;
      case 'num':
        return String(n.v);
      case 'bin': {
        const a = s.paren(go(n.a)),
          b = s.paren(go(n.b));
        return n.op === '*' ? `${a}${s.mul}${b}` : n.op === '/' ? s.div(a, b) : `${a} ${n.op} ${b}`;
      }
      case 'pow':
        return s.pow(s.paren(go(n.a)), n.p);
      case 'fn':
        return s.fn[n.f](s.paren(go(n.a)));
    }
  };
  const text = go(t);
  return lang === 'markdown' ? `$${text}$` : text;
}

/** Mutations of valid text into near misses: deletions, insertions of tokens, swaps, repeats. */
export const PIECES = [
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '+',
  '-',
  '*',
  '/',
  '^',
  '**',
  ',',
  '.',
  '=',
  '<',
  '>=',
  '?',
  ':',
  '\\',
  '$',
  '"',
  "'",
  '#',
  '%',
  '//',
  '\n',
  '\r',
  '\0',
  '\ufeff',
  '\ud835',
  '𝑥',
  'np.',
  'Math.',
  'std::',
  'sin',
  'exp(',
  'log',
  '\\frac',
  '\\left(',
  '__proto__',
  'constructor',
  'NaN',
  '1e308',
  '-0',
  'if',
  'else',
  'return ',
  'lambda',
  '@(u)',
  '.^',
  '...',
];

export function mutate(text: string, edits: { kind: number; at: number; piece: number; len: number }[]): string {
  let s = text;
  for (const e of edits) {
    const i = s.length ? e.at % (s.length + 1) : 0;
    switch (e.kind % 4) {
      case 0:
        s = s.slice(0, i) + s.slice(i + 1 + (e.len % 3));
        break;
      case 1:
        s = s.slice(0, i) + PIECES[e.piece % PIECES.length] + s.slice(i);
        break;
      case 2:
        s = s.slice(0, i) + s.slice(i, i + 1 + (e.len % 8)).repeat(2) + s.slice(i + 1 + (e.len % 8));
        break;
      case 3:
        s = s.slice(i) + s.slice(0, i);
        break;
    }
  }
  return s;
}

export const edits = fc.array(fc.record({ kind: fc.nat(), at: fc.nat(), piece: fc.nat(), len: fc.nat() }), { minLength: 1, maxLength: 4 });
