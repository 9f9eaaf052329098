// Functions defined in another file: `tpmt` imported from "./math.js", `sigmoidOctave` in its own
// .m file on MATLAB's path, a function of an `include("x.jl")`. Such a line is found anyway; its
// definitions are then read from those files when the caller supplies their text (imported.ts), and
// what cannot be read is named in the hover with where it comes from (never silent).
import type { Lang } from '../types';
import { has, names } from '../names';
import { parseStatement } from '../syntax';
import { candidatePaths, MAYBE_PACKAGE } from './importPaths';

/** Where a function of another file comes from: the words for the user, and the specifiers that may define it. */
export interface Origin {
  /** `imported from './math.js'`, for the hover's message. */
  from: string;
  /** Import specifiers (`./math.js`, `utils`, `x.jl`) whose files may define it, in order. */
  specs: string[];
  /**
   * The language knows a function of this name too (`softplus`, `sigmoid`): the file's definition
   * wins when read; when the import names a package, it is the language's own.
   */
  builtin?: boolean;
  /** Its name in that file when imported under another (`softplus as sp`). */
  name?: string;
  /** Why its definition was not read (set by imported.ts), for the message. */
  why?: string;
}

/** Local name → where it comes from, for the imports a text declares. */
type Imports = (text: string) => Record<string, Origin>;

const IDENT = /^[\p{L}_$][\p{L}\p{N}_$]*$/u;

/** `a`, `a as b` (JS/Python import lists) or `a: b` (JS destructuring): [local name, name in the other file]. */
function localNames(list: string, rename: RegExp): [string, string][] {
  return list
    .split(',')
    .map((p) =>
      p
        .trim()
        .split(rename)
        .map((x) => x.trim()),
    )
    .map((parts): [string, string] => [parts[parts.length - 1], parts[0]])
    .filter(([local, remote]) => IDENT.test(local) && IDENT.test(remote));
}

function collect(text: string, re: RegExp, each: (m: RegExpExecArray) => [[string, string][], Origin]): Record<string, Origin> {
  const out: Record<string, Origin> = names();
  for (const m of text.matchAll(re)) {
    const [locals, from] = each(m);
    for (const [n, remote] of locals) out[n] = remote === n ? from : { ...from, name: remote };
  }
  return out;
}

const ID = '[\\p{L}_$][\\p{L}\\p{N}_$]*';
const esImports: Imports = (text) => ({
  ...collect(text, new RegExp(`\\bimport\\s+(?:(${ID})\\s*,?\\s*)?(?:\\{([^}]*)\\})?\\s*from\\s*(['"])([^'"\\n]+)\\3`, 'gu'), (m) => [
    // a default import is looked up under its local name (`export default function lerp`)
    [...(m[1] ? [[m[1], m[1]] as [string, string]] : []), ...localNames(m[2] ?? '', /\s+as\s+/)],
    { from: `imported from '${m[4]}'`, specs: [m[4]] },
  ]),
  // `export { f } from './g.js'`: a file between the document and the definition passes it on
  ...collect(text, /\bexport\s*\{([^}]*)\}\s*from\s*(['"])([^'"\n]+)\2/gu, (m) => [
    localNames(m[1], /\s+as\s+/),
    { from: `exported from '${m[3]}'`, specs: [m[3]] },
  ]),
  ...collect(
    text,
    new RegExp(`\\b(?:const|let|var)\\s+(?:\\{([^}]*)\\}|(${ID}))\\s*=\\s*require\\(\\s*(['"])([^'"\\n]+)\\3\\s*\\)`, 'gu'),
    (m) => [m[1] !== undefined ? localNames(m[1], /\s*:\s*/) : [[m[2], m[2]]], { from: `required from '${m[4]}'`, specs: [m[4]] }],
  ),
});

const pyImports: Imports = (text) =>
  collect(text, /^[ \t]*from\s+([\w.]+)\s+import\s+\(?([^)\n]*)/gmu, (m) => [
    localNames(m[2], /\s+as\s+/),
    { from: `imported from ${m[1]}`, specs: [m[1]] },
  ]);

/** Files a text takes in whole (`include("x.jl")`, `source("x.R")`, `#include "x.h"`): any function they define. */
function wholesale(re: RegExp, say: (files: string[]) => string) {
  return (text: string): Origin | undefined => {
    const specs = [...new Set([...text.matchAll(re)].map((m) => m[1]))];
    return specs.length ? { from: say(specs), specs } : undefined;
  };
}

const listed = (files: string[]) => files.map((f) => `"${f}"`).join(', ');

/**
 * Per language, as data: the names its imports declare (`named`), or where a function the file does
 * not define is looked for (`elsewhere`: MATLAB's path, the files a Julia/R/C file includes).
 */
const EXTERNAL: Partial<Record<Lang, { named?: Imports; elsewhere?: (text: string, name: string) => Origin | undefined }>> = {
  javascript: { named: esImports },
  typescript: { named: esImports },
  python: { named: pyImports },
  matlab: { elsewhere: (_, n) => ({ from: `not defined in this file: MATLAB looks for it on the path (${n}.m)`, specs: [`${n}.m`] }) },
  julia: {
    elsewhere: wholesale(
      /^[ \t]*include\(\s*"([^"\n$]+)"\s*\)/gmu,
      (f) => `not defined in this file; it may come from include(${listed(f)})`,
    ),
  },
  r: {
    elsewhere: wholesale(
      /^[ \t]*source\(\s*["']([^"'\n]+)["']/gmu,
      (f) => `not defined in this file; it may come from source(${listed(f)})`,
    ),
  },
  c: {
    elsewhere: wholesale(
      /^[ \t]*#[ \t]*include[ \t]*"([^"\n]+)"/gmu,
      (f) => `not defined in this file; it may come from #include ${listed(f)}`,
    ),
  },
  cpp: {
    elsewhere: wholesale(
      /^[ \t]*#[ \t]*include[ \t]*"([^"\n]+)"/gmu,
      (f) => `not defined in this file; it may come from #include ${listed(f)}`,
    ),
  },
};

/** Where a function `name` that `text` calls comes from, if another file (imported.ts follows it there). */
export function externalOrigin(text: string, lang: Lang, name: string): Origin | undefined {
  const rules = EXTERNAL[lang];
  if (!rules) return undefined;
  if (rules.named) {
    const imports = rules.named(text);
    return has(imports, name) ? shadowing(imports[name], name, lang) : undefined;
  }
  if (!unknownFunction(name, lang)) return undefined;
  return boundHere(text, name) ? undefined : rules.elsewhere?.(text, name);
}

/** Names the text assigns or takes as parameters or loop variables: a call on them is indexing, not another file's function. */
function boundHere(text: string, name: string): boolean {
  const n = name.replace(/\$/g, '\\$');
  return new RegExp(
    `(?:^|[^\\p{L}\\p{N}_.])${n}\\s*(?:\\([^()\\n]*\\))?\\s*=(?!=)|\\bfunction\\b[^\\n]*\\([^)\\n]*\\b${n}\\b|\\bfor\\s*\\(?\\s*${n}\\s*=`,
    'mu',
  ).test(text);
}

/** Identifiers in call position (`f(`), not attributes (`Math.pow`). */
export const calledNames = (text: string): string[] =>
  [...text.matchAll(/(?<![\p{L}\p{N}_$.])([\p{L}_$][\p{L}\p{N}_$]*)\s*\(/gu)].map((m) => m[1]);

/** Not one of the language's own functions (`sum`, `Math.exp`): the front-end calls it unknown. */
function unknownFunction(name: string, lang: Lang): boolean {
  try {
    parseStatement(`${name}(x)`, lang, { functions: [] });
    return false;
  } catch (e) {
    return /unknown function/.test((e as Error).message);
  }
}

/**
 * Callees of `exprText` defined in another file (by the file's imports, its includes, or on MATLAB's
 * path), with where each comes from; undefined when there is none or the text is not math even with
 * them known (`parses` checks the text with extra function names).
 */
export function externalCalls(
  text: string,
  lang: Lang,
  exprText: string,
  known: string[],
  parses: (functions: string[]) => boolean,
  /** The text is math as it stands: only an import naming one of the language's own functions can matter. */
  onlyShadowing = false,
): Record<string, Origin> | undefined {
  const rules = EXTERNAL[lang];
  if (!rules || (onlyShadowing && !rules.named)) return undefined;
  const imports = rules.named?.(text);
  const out: Record<string, Origin> = names();
  for (const name of calledNames(exprText)) {
    if (known.includes(name) || has(out, name)) continue;
    if (imports) {
      const origin = has(imports, name) ? shadowing(imports[name], name, lang) : undefined;
      if (origin) out[name] = origin;
    } else if (unknownFunction(name, lang) && !boundHere(text, name)) {
      const origin = rules.elsewhere?.(text, name);
      if (origin) out[name] = origin;
    }
  }
  const found = Object.keys(out);
  if (!found.length || !parses([...known, ...found])) return undefined;
  return out;
}

/**
 * An import of a name the language also knows (`import { softplus } from './act.js'`): the file's
 * function, when the import may name a file; undefined when it names a package (`from numpy import
 * exp`: numpy's exp is the language's own).
 */
function shadowing(origin: Origin, name: string, lang: Lang): Origin | undefined {
  if (unknownFunction(name, lang)) return origin;
  return origin.specs.some((spec) => candidatePaths(lang, spec, '').length) ? { ...origin, builtin: true } : undefined;
}

/**
 * What stays unread among `external` once reading is done: a name the language knows, imported from
 * what may be a package that is not beside the file (`from utils import sigmoid` with no utils.py),
 * is the language's own; undefined when nothing stays.
 */
export function stillExternal(external: Record<string, Origin>, lang: Lang): Record<string, Origin> | undefined {
  const out = names(
    Object.entries(external).filter(([, o]) => !(o.builtin && !o.why && o.specs.every((spec) => MAYBE_PACKAGE[lang]?.(spec)))),
  );
  return Object.keys(out).length ? out : undefined;
}

/** The hover's message for a line that calls functions of other files whose definitions were not read. */
export function externalProblem(external: Record<string, Origin>): string {
  const list = Object.entries(external).map(([n, o]) => `\`${n}\` is ${o.from}${o.why ? ` (${o.why})` : ''}`);
  const it = list.length > 1 ? 'these functions' : 'it';
  const tried = Object.values(external).some((o) => o.why);
  return `${list.join('; ')}. ${tried ? `The hover could not read the definition there, so it cannot differentiate through ${it}.` : `The hover reads only this file, so it cannot differentiate through ${it}.`}`;
}
