// Per-language lexical and block rules. The scanner is one hand-written lexer driven by these
// tables (see README.md for why not tree-sitter): comments, strings, line continuations, how
// statements end and how blocks nest are all that detection and dataflow need.
import type { Lang } from '../types';

export type BlockStyle = 'indent' | 'braces' | 'end';
/** When a newline ends a statement (outside brackets). */
export type NewlineRule = 'always' | 'unlessContinued' | 'never';

export interface Family {
  lang: Lang;
  lineComments: string[];
  /** Block comments [open, close]; `ownLine` markers count only alone on their line (MATLAB %{ %}). */
  blockComments: { open: string; close: string; ownLine?: boolean }[];
  /** Quotes in match order (triple quotes first). */
  quotes: string[];
  /** `'` after an operand is the transpose operator, not a quote (Julia, MATLAB). */
  transposeQuote: boolean;
  /** Backslash escapes inside strings. */
  backslashEscapes: boolean;
  /** JS/TS: `/…/flags` where an operand cannot end is a regular expression literal, lexed as a string. */
  regexLiterals?: boolean;
  /** C++ raw strings `R"delim(…)delim"` (also `u8R`, `uR`, `UR`, `LR`), which may span lines. */
  rawStrings?: boolean;
  /** C++14/C23 digit separators: `10'000` is one number, not a `1` and a character literal. */
  digitSeparators?: boolean;
  /** Line continuation marker at end of line: `\` (Python, C macros) or `...` (MATLAB). */
  continuation?: string;
  newline: NewlineRule;
  blocks: BlockStyle;
  /** Identifier characters beyond [A-Za-z0-9_]: `$` in JS, `.` in R, `!` in Julia. */
  identExtra: string;
  /** Cell markers that start a notebook cell (a line comment beginning with these). */
  cellMarkers: string[];
  /** Words that are never math: keywords, declarations. */
  keywords: ReadonlySet<string>;
  /** Declaration words/types stripped from the front of an assignment (`const`, `double`). */
  declWords: ReadonlySet<string>;
  /** Words opening a block that is a loop or a branch (dataflow stops there). */
  loopBranch: ReadonlySet<string>;
  /** Words opening a function definition. */
  functionWords: ReadonlySet<string>;
  /** `end`-style languages: words that open a block closed by `end`. */
  endOpeners?: ReadonlySet<string>;
  /** Words that continue a block (else, elseif, catch, case): close and reopen. */
  midBlock?: ReadonlySet<string>;
  /** Assignment operators, longest first. */
  assignOps: string[];
  /** C/C++ `#` lines at line start are preprocessor directives: their own statement, never math. */
  preprocessor?: boolean;
  /** C-style declarations: a type name (`unsigned long n`, `float *p`) may precede the declared name. */
  typeNames?: boolean;
  /** Words opening a `word name(params)` function header (`def`, `function`). */
  headerWords?: ReadonlySet<string>;
  /** MATLAB `function y = f(x)`: the header names the output; a body assigning it is the value. */
  headerOutputs?: boolean;
  /** A helper's block body may be one bare expression, its value (Julia, R). */
  implicitReturn?: boolean;
  /** JS/TS class methods `area() {`, `get norm(): number {`. */
  methodHeaders?: boolean;
  /** C/C++ typed headers `double f(double x) {`. */
  typedHeaders?: boolean;
  /** C++ capture lists `[](double u) {` before a lambda's parameters. */
  captureLambdas?: boolean;
  /** A method's receiver (`self`, `cls`), not passed in the call `self.f(x)`. */
  receivers?: ReadonlySet<string>;
  /** Python one-line `def f(x): body`. */
  oneLineDef?: string;
  /** Julia `f(x) = body` defines a function. */
  callDefinitions?: boolean;
  /** R `return(expr)`: the parentheses are the call's, not the value's. */
  returnCall?: boolean;
  /** R right assignment `expr -> x`. */
  rightAssign?: string;
  /** How a lambda expression is written, if the language has one. */
  lambda?: LambdaForm;
  /** The conditional expression's two words: `c ? a : b` (ops) when absent, Python `a if c else b` (ids). */
  conditional?: { first: string; second: string; kind: 'id' | 'op' };
  /** `if (c) x = 1;` without braces (C family, JS/TS; R's braceless `if` is not read). */
  bracelessBranches?: boolean;
  /** Update operators that are arithmetic here beyond the common ones (Julia `^=` is a power). */
  extraUpdates?: ReadonlySet<string>;
  /** R: names may contain dots (`my.rate`) when reading identifiers back from expression text. */
  dottedNames?: boolean;
  /** A string alone as a statement is a docstring (Python, Julia). */
  docstrings?: boolean;
  /** Prefixes written against a string (`r"""…"""`), lexed as a name before it. */
  stringPrefixes?: ReadonlySet<string>;
  /** JS/TS: a newline before `.`, `?`, an operator… continues the statement. */
  leadingOperatorContinues?: boolean;
  /** MATLAB: a top-level `,` separates statements like `;`. */
  commaSeparates?: boolean;
  /** JS/TS: function bodies inside an expression (`x => {`, `function (e) {`) are blocks. */
  functionExpressions?: boolean;
  /**
   * How a conditional expression is written, `%c` the condition and `%a`/`%b` the values: a helper
   * whose body branches (`if (c) { return a } else { return b }`) is read as this expression.
   */
  conditionalForm?: string;
  /** Declaration words that make a name constant (`const`, `constexpr`): never an input of the totals. */
  constWords?: ReadonlySet<string>;
  /**
   * Methods of one name with different numbers of parameters are different functions, a call picks
   * the one of its arity (Julia's multiple dispatch, C++ overloading): `normpdf(z)` beside
   * `normpdf(μ, σ, x)` is no ambiguity.
   */
  dispatchByArity?: boolean;
  /**
   * C++ stream insertion: `std::cout << "Estimate = " << sum / N << '\n'` is a chain of `op`
   * operands, each an expression; the chain itself is no math. `streams` are the stream names that
   * make a chain without strings (`os << x * y`) one too.
   */
  streamInsertion?: { op: string; streams: ReadonlySet<string> };
  /** Python: a loop's body may follow its header's `:` on the same line (`for i in r: s += f(i)`). */
  colonBodies?: boolean;
  /** R: `{` always opens a block (no object literals): `expression({ y <- … })` holds statements. */
  bracesAreBlocks?: boolean;
  /** JS/TS: `typeof s !== 'undefined' ? s : 1.7`, `p || 0.45` are default values (defaults.ts). */
  defaultIdioms?: boolean;
}

/**
 * A lambda expression: an opening word or operator then its parameters (in parentheses, or up to
 * `arrow` when `bare`), or, with no opener, `x arrow body` / `(x, y) arrow body`.
 */
export interface LambdaForm {
  /** `lambda` (Python), `@` (MATLAB), `function` (R): the token kind and text opening the lambda. */
  opener?: { kind: 'id' | 'op'; text: string };
  /** Python: parameters are bare, up to the arrow (`lambda x, y: body`). */
  bare?: boolean;
  /** What separates parameters and body: `=>` (JS), `->` (Julia), `:` (Python). */
  arrow?: string;
  /** JS `async (x) => body`. */
  asyncPrefix?: boolean;
  /** TS `(x): number => body`. */
  returnType?: boolean;
  /** R `function(x) { body }`: braces around the whole body are dropped. */
  braceBody?: boolean;
}

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

const C_KEYWORDS =
  'if else for while do switch case default break continue return goto sizeof typedef struct union enum static extern const volatile inline register auto void include define';
const C_TYPES =
  'double float int long short unsigned signed char bool size_t auto const static constexpr volatile register inline real_t float32_t float64_t Real Scalar';
const JS_KEYWORDS =
  'if else for while do switch case default break continue return function var let const class new delete typeof instanceof in of this import export from as try catch finally throw yield await async void null undefined true false interface type enum declare readonly public private protected static';

const C_LIKE_BASE = {
  lineComments: ['//'],
  blockComments: [{ open: '/*', close: '*/' }],
  transposeQuote: false,
  backslashEscapes: true,
  blocks: 'braces' as const,
  cellMarkers: ['// %%'],
  loopBranch: set('for while do if else switch try catch'),
  assignOps: ['>>>=', '**=', '<<=', '>>=', '+=', '-=', '*=', '/=', '%=', '^=', '|=', '&=', '='],
  headerWords: set('def function'),
  conditionalForm: '(%c) ? (%a) : (%b)',
  constWords: set('const constexpr'),
};
const JS_EXTRA = {
  methodHeaders: true,
  bracelessBranches: true,
  leadingOperatorContinues: true,
  functionExpressions: true,
  defaultIdioms: true,
  lambda: { arrow: '=>', asyncPrefix: true, returnType: true },
};
const C_EXTRA = { preprocessor: true, typeNames: true, typedHeaders: true, bracelessBranches: true };

export const FAMILIES: Record<Exclude<Lang, 'latex' | 'markdown' | 'math'>, Family> = {
  python: {
    lang: 'python',
    lineComments: ['#'],
    blockComments: [],
    quotes: ['"""', "'''", '"', "'"],
    transposeQuote: false,
    backslashEscapes: true,
    continuation: '\\',
    newline: 'always',
    blocks: 'indent',
    identExtra: '',
    cellMarkers: ['# %%', '#%%', '# In['],
    keywords: set(
      'def return if elif else for while in not and or is import from as class with try except finally raise pass break continue lambda yield global nonlocal del assert async await None True False print',
    ),
    declWords: set('global nonlocal'),
    loopBranch: set('for while if elif else try except finally with match case'),
    functionWords: set('def class'),
    assignOps: ['**=', '//=', '>>=', '<<=', '+=', '-=', '*=', '/=', '%=', '@=', '^=', '|=', '&=', ':=', '='],
    headerWords: set('def function'),
    receivers: set('self cls'),
    oneLineDef: 'def',
    docstrings: true,
    colonBodies: true,
    stringPrefixes: set('r R u U'),
    conditional: { first: 'if', second: 'else', kind: 'id' },
    conditionalForm: '(%a) if (%c) else (%b)',
    lambda: { opener: { kind: 'id', text: 'lambda' }, bare: true, arrow: ':' },
  },
  javascript: {
    ...C_LIKE_BASE,
    ...JS_EXTRA,
    lang: 'javascript',
    quotes: ['`', '"', "'"],
    newline: 'unlessContinued',
    identExtra: '$',
    regexLiterals: true,
    keywords: set(JS_KEYWORDS),
    declWords: set('const let var export'),
    functionWords: set('function class'),
  },
  typescript: {
    ...C_LIKE_BASE,
    ...JS_EXTRA,
    lang: 'typescript',
    quotes: ['`', '"', "'"],
    newline: 'unlessContinued',
    identExtra: '$',
    regexLiterals: true,
    keywords: set(JS_KEYWORDS),
    declWords: set('const let var export readonly'),
    functionWords: set('function class'),
  },
  c: {
    ...C_LIKE_BASE,
    ...C_EXTRA,
    lang: 'c',
    quotes: ['"', "'"],
    continuation: '\\',
    newline: 'never',
    identExtra: '',
    digitSeparators: true,
    keywords: set(C_KEYWORDS + ' ' + C_TYPES + ' printf fprintf puts malloc free'),
    declWords: set(C_TYPES),
    functionWords: set(''),
  },
  cpp: {
    ...C_LIKE_BASE,
    ...C_EXTRA,
    captureLambdas: true,
    dispatchByArity: true,
    lang: 'cpp',
    quotes: ['"', "'"],
    continuation: '\\',
    newline: 'never',
    identExtra: '',
    rawStrings: true,
    digitSeparators: true,
    keywords: set(
      C_KEYWORDS +
        ' ' +
        C_TYPES +
        ' class namespace template typename using public private protected virtual override new delete this nullptr true false cout cerr endl std',
    ),
    declWords: set(C_TYPES + ' std::complex'),
    functionWords: set('class namespace'),
    streamInsertion: { op: '<<', streams: set('cout cerr clog wcout wcerr') },
  },
  julia: {
    lang: 'julia',
    lineComments: ['#'],
    blockComments: [{ open: '#=', close: '=#' }],
    quotes: ['"""', '"'],
    transposeQuote: true,
    backslashEscapes: true,
    newline: 'unlessContinued',
    blocks: 'end',
    identExtra: '!',
    cellMarkers: ['##', '# %%'],
    keywords: set(
      'function return if elseif else for while in end begin let local global const do try catch finally struct mutable module using import export macro quote break continue true false nothing println',
    ),
    declWords: set('local global const'),
    loopBranch: set('for while if elseif else try catch finally do let'),
    functionWords: set('function macro struct module'),
    endOpeners: set('function for while if begin let do try struct module macro quote'),
    midBlock: set('else elseif catch finally'),
    assignOps: ['+=', '-=', '*=', '/=', '^=', '.=', '='],
    headerWords: set('def function'),
    implicitReturn: true,
    callDefinitions: true,
    docstrings: true,
    extraUpdates: set('^='),
    lambda: { arrow: '->' },
    conditionalForm: '(%c) ? (%a) : (%b)',
    constWords: set('const'),
    dispatchByArity: true,
  },
  matlab: {
    lang: 'matlab',
    lineComments: ['%'],
    blockComments: [{ open: '%{', close: '%}', ownLine: true }],
    quotes: ['"', "'"],
    transposeQuote: true,
    backslashEscapes: false,
    continuation: '...',
    newline: 'always',
    blocks: 'end',
    identExtra: '',
    cellMarkers: ['%%'],
    keywords: set(
      'function return if elseif else for parfor while end switch case otherwise try catch break continue global persistent disp fprintf printf clc clear close figure hold plot',
    ),
    declWords: set('global persistent'),
    loopBranch: set('for parfor while if elseif else switch case otherwise try catch'),
    functionWords: set('function classdef'),
    endOpeners: set('function for parfor while if switch try classdef methods properties'),
    midBlock: set('else elseif case otherwise catch'),
    assignOps: ['+=', '-=', '*=', '/=', '='],
    headerWords: set('def function'),
    headerOutputs: true,
    commaSeparates: true,
    lambda: { opener: { kind: 'op', text: '@' } },
  },
  r: {
    ...C_LIKE_BASE,
    lang: 'r',
    lineComments: ['#'],
    blockComments: [],
    quotes: ['"', "'"],
    newline: 'unlessContinued',
    identExtra: '.',
    cellMarkers: ['# %%', '## ----'],
    keywords: set('function return if else for while repeat in next break TRUE FALSE NULL NA Inf NaN library require print cat'),
    declWords: set(''),
    functionWords: set('function'),
    loopBranch: set('for while repeat if else'),
    assignOps: ['<<-', '<-', '='],
    headerWords: set(''),
    implicitReturn: true,
    returnCall: true,
    dottedNames: true,
    rightAssign: '->',
    bracesAreBlocks: true,
    conditionalForm: 'ifelse(%c, %a, %b)',
    constWords: set(''),
    lambda: { opener: { kind: 'id', text: 'function' }, braceBody: true },
  },
};

/** The code family for a language, or undefined for LaTeX/Markdown/mathjs text. */
export function familyOf(lang: Lang): Family | undefined {
  return (FAMILIES as Record<string, Family>)[lang];
}
