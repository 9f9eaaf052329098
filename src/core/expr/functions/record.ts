// One record per function of the canonical vocabulary, as JAX's `lax` defines a primitive beside
// its rules: name, arity, value, derivative, spelling per language, expansion, notes. Everything
// else (the front-ends' vocabulary, RULES, evaluation, printers, lowering, notesAt) is derived
// from these records (index.ts), so adding a function is one record and its test.
import type { Lang, Note } from '../../types';
import type { Node } from '../node';

/** Local partial derivatives of f(args) w.r.t. each argument; `self` is the node f(args) itself. */
export type Rule = (args: readonly Node[], self: Node) => Node[];

/** f(args) in terms of other functions: printed where a language lacks f. */
export type Expansion = (args: Node[]) => Node;

/** The printed call from the printed arguments; `prefix` is the dialect's namespace (`np.`, `std::`). */
export type Template = (args: string[], prefix: string) => string;

/**
 * How one printer spells a call: a name (the dialect's prefix is added unless it is qualified with
 * `.` or `::`), a template, or `null`: the language lacks it, so its `expand` is printed instead.
 */
export type Spelling = string | Template | null;

/** The printers' targets: each language, Python by namespace. */
export type PrintTarget = 'mathjs' | 'numpy' | 'pymath' | 'torch' | 'js' | 'c' | 'cpp' | 'julia' | 'matlab' | 'r';

export const PRINT_TARGETS: readonly PrintTarget[] = ['mathjs', 'numpy', 'pymath', 'torch', 'js', 'c', 'cpp', 'julia', 'matlab', 'r'];

/** Spellings for a function only the given printers' languages have: `null` (expand) everywhere else. */
export function lackedExcept(...have: PrintTarget[]): Partial<Record<PrintTarget, null>> {
  return Object.fromEntries(PRINT_TARGETS.filter((t) => !have.includes(t)).map((t) => [t, null]));
}

/** The code languages a front-end reads (LaTeX and Markdown read the canonical names). */
export type SourceLang = Exclude<Lang, 'typescript' | 'cpp' | 'latex' | 'markdown'>;

export const SOURCE_LANGS: readonly SourceLang[] = ['math', 'python', 'javascript', 'c', 'julia', 'matlab', 'r'];

/** A call of the function at a point, as notesAt sees it. */
export interface NoteSite {
  /** the arguments' values */
  x: readonly number[];
  /** argument i as printed (shortened) */
  show(i: number): string;
  add(kind: Note['kind'], message: string): void;
}

export interface FnRecord {
  name: string;
  /** [min, max] number of arguments (max may be Infinity) */
  arity: readonly [number, number];
  /** the value (stable in the tails where the naive formula is not) */
  value: (...x: number[]) => number;
  /** its local partials, in readable form */
  rule: Rule;
  /** f in other functions; required when some printer spells it `null` */
  expand?: Expansion;
  /** spelling per printer; absent: the printer's prefix + name */
  print?: Partial<Record<PrintTarget, Spelling>>;
  /** LaTeX (KaTeX) spelling; absent: \operatorname{name}(…) */
  latex?: string | ((args: string[]) => string);
  /** languages whose library has it under its canonical name (`np.sin`, `Math.sin`); absent: all */
  readIn?: readonly SourceLang[];
  /** further library spellings per language (R's `lamW::lambertW0`) */
  aliases?: Partial<Record<SourceLang, readonly string[]>>;
  /** kinks (where a conventional derivative value is used) and domain limits at a point */
  notes?: (s: NoteSite) => void;
  /** its folded value over constants reads exactly (abs, max), so it folds even when not whole */
  foldsExactly?: boolean;
  /** a call of more than two arguments nests binary calls: max(a, b, c) = max(max(a, b), c) */
  nestsBinary?: boolean;
  /** a check of the arguments beyond their number: the message, or undefined when fine */
  check?: (args: readonly Node[]) => string | undefined;
  /**
   * Where the derivative is property-tested against numerical derivatives: a range per argument
   * (the last one repeats for a variable number), inside the domain and away from kinks.
   */
  testDomain: readonly (readonly [number, number])[];
  /** arguments that must be whole numbers (polygamma's order): tested at these values only */
  wholeArgs?: Readonly<Record<number, readonly number[]>>;
}

/** A template for a name used as is, without the dialect's prefix (a helper library's `erf`). */
export const bare =
  (name: string): Template =>
  (args) =>
    `${name}(${args.join(', ')})`;
