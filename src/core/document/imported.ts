// Definitions read from the files a line's functions come from (`tpmt` in "./math.js"), as text the
// caller supplies: never executed, read with the same scanner and helper reader as the document's own
// functions. An imported body is made self-contained before it joins the document's helpers: the
// module constants it reads are put in by value (the importing file's `k` is another name), the
// helpers of its file it calls come along, and a function its file imports in turn is followed a few
// levels deep. What cannot be read stays a refusal naming the file and why.
import type { Lang } from '../types';
import { has, names } from '../names';
import { parseExpression } from '../syntax';
import { CONSTANTS } from '../expr/graph';
import { joinTokens } from './candidates';
import { declarators } from './dataflow';
import { calledNames, externalOrigin, type Origin } from './external';
import type { Family } from './families';
import { collectHelpers } from './helpers';
import { candidatePaths, MAYBE_PACKAGE, type FileReader } from './importPaths';
import { lex } from './lex';
import { assignmentOp, shapeOf } from './shape';
import { splitStatements } from './statements';
import type { FunctionDef } from './types';

/** Per hover: files read, each file's size, how many imports deep (the document's own are depth 1). */
export const IMPORT_LIMITS = { files: 8, bytes: 256_000, depth: 3, constants: 16 } as const;

export interface Imported {
  /** The definitions read, self-contained, under the names the document calls them. */
  functions: Record<string, FunctionDef>;
  /** Where each was read from, for the hover. */
  notes: string[];
  /** Functions whose definition could not be read, with why (the hover's refusal). */
  unread: Record<string, Origin>;
}

/** What one file offers: its helpers and its module constants (value texts), or why it was not read. */
interface FileDefs {
  text: string;
  lang: Lang;
  helpers: Record<string, FunctionDef>;
  constants: Record<string, string>;
}

class Failure extends Error {}

const sameDef = (a: FunctionDef, b: FunctionDef) => a.body === b.body && a.params.join() === b.params.join();

/** `name` as a value (not a call, not an attribute) replaced by `(value)`. */
function putValue(body: string, name: string, value: string): string {
  const n = name.replace(/\$/g, '\\$');
  return body.replace(new RegExp(`(?<![\\p{L}\\p{N}_$.])${n}(?![\\p{L}\\p{N}_$])(?!\\s*\\()`, 'gu'), () => `(${value})`);
}

/**
 * Reads the definitions of `external` (the document's calls into other files) through `read`.
 * `known` are the document's own function names: an imported helper may not take one of them.
 */
export function readImported(external: Record<string, Origin>, lang: Lang, fam: Family, read: FileReader, known: string[]): Imported {
  const files = new Map<string, FileDefs | string>();
  const out: Imported = { functions: names(), notes: [], unread: names() };

  const load = (path: string): FileDefs | string => {
    const seen = files.get(path);
    if (seen !== undefined) return seen;
    let got: FileDefs | string;
    if (files.size >= IMPORT_LIMITS.files) got = `not read: a hover reads at most ${IMPORT_LIMITS.files} other files`;
    else {
      let text: string | undefined;
      try {
        text = read(path);
      } catch {
        text = undefined;
      }
      if (text === undefined) got = `${path} could not be read`;
      else if (text.length > IMPORT_LIMITS.bytes)
        got = `${path} is too large to read (${Math.round(text.length / 1000)} kB, at most ${IMPORT_LIMITS.bytes / 1000} kB)`;
      else got = definitionsIn(text, fam);
    }
    files.set(path, got);
    return got;
  };

  /** The definition of `name` from `origin` as seen from the file at `from`, closed; adds what it calls to `out`. */
  const define = (name: string, origin: Origin, from: string, depth: number, stack: string[]): { body: FunctionDef; path: string } => {
    let why: string | undefined;
    const remote = origin.name ?? name; // `softplus as sp`: softplus there
    for (const spec of origin.specs) {
      const paths = candidatePaths(lang, spec, from);
      for (const path of paths) {
        const file = load(path);
        if (typeof file === 'string') {
          why ??= file;
          continue;
        }
        const key = `${path}#${remote}`;
        if (stack.includes(key)) throw new Failure(`\`${remote}\` in ${path} leads back to itself through its imports`);
        if (has(file.helpers, remote)) return { body: close(remote, file, path, depth, [...stack, key]), path };
        // re-exported: `export {f} from './g.js'`, or an include that includes another
        const next = externalOrigin(file.text, lang, remote);
        if (next && depth < IMPORT_LIMITS.depth) return define(remote, next, path, depth + 1, [...stack, key]);
        throw new Failure(
          next
            ? `${path} takes \`${remote}\` from further than ${IMPORT_LIMITS.depth} files away`
            : `${path} defines no \`${remote}\` whose body is one expression`,
        );
      }
      // `from utils import f` with no utils.py beside the file: a package, named as before
      if (paths.length && MAYBE_PACKAGE[lang]?.(spec)) why = undefined;
    }
    throw new Failure(why ?? '');
  };

  /** `name`'s body in `file` with its module constants by value and the helpers it calls defined in `out`. */
  const close = (name: string, file: FileDefs, path: string, depth: number, stack: string[]): FunctionDef => {
    const def = file.helpers[name];
    for (const c of new Set(calledNames(def.body))) {
      if (c === name) continue;
      const key = `${path}#${c}`;
      if (stack.includes(key)) throw new Failure(`\`${c}\` in ${path} leads back to itself through its imports`);
      let got: FunctionDef | undefined;
      if (has(file.helpers, c)) got = close(c, file, path, depth, [...stack, key]);
      else {
        const origin = externalOrigin(file.text, lang, c);
        if (!origin) continue; // one of the language's functions, or the front-end will say
        if (depth >= IMPORT_LIMITS.depth) throw new Failure(`${path} takes \`${c}\` from further than ${IMPORT_LIMITS.depth} files away`);
        try {
          got = define(c, origin, path, depth + 1, [...stack, key]).body;
        } catch (e) {
          // `from numpy import exp` in that file: no numpy.py there, so the language's own exp
          if (e instanceof Failure && !e.message && origin.builtin) continue;
          throw e;
        }
      }
      if (known.includes(c)) throw new Failure(`\`${c}\` of ${path} has the name of a function of this file`);
      // two files with helpers of one name: the document's helpers are one namespace
      if (has(out.functions, c) && !sameDef(out.functions[c], got)) throw new Failure(`two different functions \`${c}\` would be read`);
      out.functions[c] = got;
    }
    const fns = [...known, ...Object.keys(out.functions), ...Object.keys(file.helpers), name];
    return { params: def.params, body: withConstants(def.body, def.params, file, fns, path, name) };
  };

  for (const [name, origin] of Object.entries(external)) {
    try {
      const { body, path } = define(name, origin, '', 1, []);
      if (has(out.functions, name) && !sameDef(out.functions[name], body))
        throw new Failure(`two different functions \`${name}\` would be read`);
      out.functions[name] = body;
      out.notes.push(`\`${name}\` is read from ${path}.`);
    } catch (e) {
      if (!(e instanceof Failure)) throw e;
      out.unread[name] = { ...origin, ...(e.message ? { why: e.message } : {}) };
    }
  }
  return out;
}

/** `body` with the module constants of its file it reads put in by value; a free name that is none is a Failure. */
function withConstants(body: string, params: string[], file: FileDefs, functions: string[], path: string, fn: string): string {
  let text = body;
  for (let round = 0; round < IMPORT_LIMITS.constants; round++) {
    const free = freeNames(text, file.lang, functions, fn, path).filter((n) => !params.includes(n));
    if (!free.length) return text;
    for (const n of free) {
      if (!has(file.constants, n)) throw new Failure(`\`${fn}\` in ${path} uses \`${n}\`, which that file gives no constant value`);
      text = putValue(text, n, file.constants[n]);
    }
  }
  throw new Failure(`the constants of \`${fn}\` in ${path} refer to each other more than ${IMPORT_LIMITS.constants} deep`);
}

/** Names `text` reads as variables, as the front-end sees them (`Math.PI` is π, no name; calls are no names). */
function freeNames(text: string, lang: Lang, functions: string[], fn: string, path: string): string[] {
  const out = new Set<string>();
  try {
    parseExpression(text, lang, { functions }).traverse((n, at) => {
      // a call's own name (`abs` in abs(x)) is no variable
      if (n.type === 'SymbolNode' && at !== 'fn') out.add((n as unknown as { name: string }).name);
    });
  } catch (e) {
    throw new Failure(`\`${fn}\` in ${path} does not read as math: ${(e as Error).message}`);
  }
  return [...out].filter((n) => !has(CONSTANTS, n));
}

/** Helpers (whole file, as the document's own are read) and module-level constants of `text`. */
function definitionsIn(text: string, fam: Family): FileDefs {
  const stmts = splitStatements(lex(text, fam, 0, text.length), fam, text);
  const helpers = collectHelpers(stmts, fam, text);
  const constants: Record<string, string> = names();
  const twice = new Set<string>();
  const put = (n: string, v: string) => {
    if (has(constants, n) || twice.has(n)) {
      twice.add(n);
      delete constants[n];
    } else constants[n] = v;
  };
  for (const s of stmts) {
    if (s.depth !== 0 || s.close || s.opens) continue;
    const sh = shapeOf(s, fam);
    if (sh.kind !== 'assign' || !sh.value || !sh.op || assignmentOp(sh.op.text, fam) !== '' || sh.names.length !== 1) {
      // a module name assigned any other way (`k += 1`, `a, b = f()`) has no one value
      for (const n of sh.names) {
        twice.add(n);
        delete constants[n];
      }
      continue;
    }
    const decl = declarators(s.toks, sh.value, sh.names[0]) ?? [{ name: sh.names[0], value: sh.value }];
    // `const k = ;` while being typed has no value
    for (const d of decl) if (d.value[0] < d.value[1]) put(d.name, joinTokens(text, s.toks, ...d.value));
  }
  return { text, lang: fam.lang, helpers, constants };
}
