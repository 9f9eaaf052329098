// The function records and every table derived from them: the vocabulary with arities, values,
// derivative rules, expansions, and per-language spellings for printing and reading.
// Import records through this module, never a family file first: the families build nodes with
// build.ts, which checks calls against FUNCTIONS here. The cycle is safe because neither side uses
// the other while loading (records hold closures; build.ts reads FUNCTIONS only when called).
import { has } from '../../names';
import { expLog } from './exp-log';
import { gammaFamily } from './gamma';
import { hyperbolic } from './hyperbolic';
import { multi } from './multi';
import { piecewise } from './piecewise';
import type { Expansion, FnRecord, PrintTarget, Rule, SourceLang, Spelling } from './record';
import { SOURCE_LANGS } from './record';
import { special } from './special';
import { trig } from './trig';

export type { Expansion, FnRecord, NoteSite, PrintTarget, Rule, SourceLang, Spelling, Template } from './record';
export { bare, lackedExcept, PRINT_TARGETS, SOURCE_LANGS } from './record';

/** Every record, by name (no prototype: `constructor` is no function). */
export const FUNCTIONS: Readonly<Record<string, FnRecord>> = Object.assign(
  Object.create(null) as Record<string, FnRecord>,
  Object.fromEntries([...expLog, ...trig, ...hyperbolic, ...special, ...piecewise, ...multi, ...gammaFamily].map((r) => [r.name, r])),
);

export const FUNCTION_NAMES: readonly string[] = Object.keys(FUNCTIONS);

export function isVocabulary(name: string): boolean {
  return has(FUNCTIONS, name);
}

const derive = <T>(pick: (r: FnRecord) => T | undefined): Record<string, T> => {
  const out: Record<string, T> = {};
  for (const r of Object.values(FUNCTIONS)) {
    const v = pick(r);
    if (v !== undefined) out[r.name] = v;
  }
  return out;
};

/** Local derivative rules by function name. */
export const RULES: Record<string, Rule> = derive((r) => r.rule);
/** Numeric values by function name. */
export const FN_EVAL: Record<string, (...a: number[]) => number> = derive((r) => r.value);
/** [min, max] arguments by function name. */
export const ARITY: Record<string, readonly [number, number]> = derive((r) => r.arity);
/** Each function in terms of others, where it has such a form. */
export const EXPANSIONS: Record<string, Expansion> = derive((r) => r.expand);

const lacked = new Map<PrintTarget, ReadonlySet<string>>();

/** The functions a printer target lacks (spelled `null`): lowered to their expansions first. */
export function lackedBy(target: PrintTarget): ReadonlySet<string> {
  let set = lacked.get(target);
  if (!set) lacked.set(target, (set = new Set(FUNCTION_NAMES.filter((n) => FUNCTIONS[n].print?.[target] === null))));
  return set;
}

/** How `target` spells a call of `name` (undefined: the dialect's prefix + name). */
export function spelling(target: PrintTarget, name: string): Exclude<Spelling, null> | undefined {
  return has(FUNCTIONS, name) ? (FUNCTIONS[name].print?.[target] ?? undefined) : undefined;
}

/**
 * The library spellings a language reads for the records: the canonical name where the language's
 * library has it (`readIn`), and the record's aliases. Other aliases live in syntax/langs.ts.
 */
export function namesIn(lang: SourceLang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of Object.values(FUNCTIONS)) {
    if ((r.readIn ?? SOURCE_LANGS).includes(lang)) out[r.name] = r.name;
    for (const a of r.aliases?.[lang] ?? []) out[a] = r.name;
  }
  return out;
}
