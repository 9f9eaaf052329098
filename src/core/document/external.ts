// Functions defined in another file: `tpmt` imported from "./math.js", `sigmoidOctave` in its own
// .m file on MATLAB's path. The hover reads one file, so such a line has no derivative here; it is
// found anyway, so the hover says which function and where it comes from (never silent).
import type { Lang } from '../types';
import { has, names } from '../names';
import { parseStatement } from '../syntax';

/** Local name → where it comes from, for the imports a text declares. */
type Imports = (text: string) => Record<string, string>;

const IDENT = /^[\p{L}_$][\p{L}\p{N}_$]*$/u;

/** `a`, `a as b` (JS/Python import lists) or `a: b` (JS destructuring): the local name. */
function localNames(list: string, rename: RegExp): string[] {
  return list
    .split(',')
    .map((p) => p.trim().split(rename).pop()!.trim())
    .filter((n) => IDENT.test(n));
}

function collect(text: string, re: RegExp, each: (m: RegExpExecArray) => [string[], string]): Record<string, string> {
  const out: Record<string, string> = names();
  for (const m of text.matchAll(re)) {
    const [locals, from] = each(m);
    for (const n of locals) out[n] = from;
  }
  return out;
}

const esImports: Imports = (text) => ({
  ...collect(text, /\bimport\s+(?:([\p{L}_$][\p{L}\p{N}_$]*)\s*,?\s*)?(?:\{([^}]*)\})?\s*from\s*(['"])([^'"\n]+)\3/gu, (m) => [
    [...(m[1] ? [m[1]] : []), ...localNames(m[2] ?? '', /\s+as\s+/)],
    `imported from '${m[4]}'`,
  ]),
  ...collect(text, /\b(?:const|let|var)\s+(?:\{([^}]*)\}|([\p{L}_$][\p{L}\p{N}_$]*))\s*=\s*require\(\s*(['"])([^'"\n]+)\3\s*\)/gu, (m) => [
    m[1] !== undefined ? localNames(m[1], /\s*:\s*/) : [m[2]],
    `required from '${m[4]}'`,
  ]),
});

const pyImports: Imports = (text) =>
  collect(text, /^[ \t]*from\s+([\w.]+)\s+import\s+\(?([^)\n]*)/gmu, (m) => [localNames(m[2], /\s+as\s+/), `imported from ${m[1]}`]);

/**
 * Per language: the imports it declares, or `path` when any function the file does not define is
 * looked up elsewhere (MATLAB calls a function in its own .m file on the path).
 */
const EXTERNAL: Partial<Record<Lang, Imports | 'path'>> = {
  javascript: esImports,
  typescript: esImports,
  python: pyImports,
  matlab: 'path',
};

const WHERE_ON_PATH: Partial<Record<Lang, (name: string) => string>> = {
  matlab: (n) => `not defined in this file: MATLAB looks for it on the path (${n}.m)`,
};

/** Names the text assigns or takes as parameters or loop variables: a call on them is indexing, not another file's function. */
function boundHere(text: string, name: string): boolean {
  const n = name.replace(/\$/g, '\\$');
  return new RegExp(
    `(?:^|[^\\p{L}\\p{N}_.])${n}\\s*(?:\\([^()\\n]*\\))?\\s*=(?!=)|\\bfunction\\b[^\\n]*\\([^)\\n]*\\b${n}\\b|\\bfor\\s*\\(?\\s*${n}\\s*=`,
    'mu',
  ).test(text);
}

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
 * Callees of `exprText` defined in another file (by the file's imports, or on MATLAB's path), with
 * where each comes from; undefined when there is none or the text is not math even with them known
 * (`parses` checks the text with extra function names).
 */
export function externalCalls(
  text: string,
  lang: Lang,
  exprText: string,
  known: string[],
  parses: (functions: string[]) => boolean,
): Record<string, string> | undefined {
  const source = EXTERNAL[lang];
  if (!source) return undefined;
  const imports = source === 'path' ? undefined : source(text);
  const out: Record<string, string> = names();
  for (const m of exprText.matchAll(/(?<![\p{L}\p{N}_$.])([\p{L}_$][\p{L}\p{N}_$]*)\s*\(/gu)) {
    const name = m[1];
    if (known.includes(name) || has(out, name) || !unknownFunction(name, lang)) continue;
    if (imports) {
      if (has(imports, name)) out[name] = imports[name];
    } else if (!boundHere(text, name)) out[name] = WHERE_ON_PATH[lang]!(name);
  }
  const found = Object.keys(out);
  if (!found.length || !parses([...known, ...found])) return undefined;
  return out;
}

/** The hover's message for a line that calls functions of other files. */
export function externalProblem(external: Record<string, string>): string {
  const list = Object.entries(external).map(([n, from]) => `\`${n}\` is ${from}`);
  return `${list.join('; ')}. The hover reads only this file, so it cannot differentiate through ${list.length > 1 ? 'these functions' : 'it'}.`;
}
