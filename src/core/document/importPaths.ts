// Where an import points, per language as data: the files (paths relative to the document's folder,
// '/'-separated) a specifier may name, in the order the language's own resolver tries them. A
// specifier that names a package (`d3-ease`, `numpy`, `<math.h>`) has no candidates: never read.
import type { Lang } from '../types';

/** Other files' text by path relative to the document's folder ('math.js', '../lib/x.ts'); undefined when it cannot be read. */
export type FileReader = (path: string) => string | undefined;

/** `a/./b/../c` → `a/c`; leading `..` kept (a sibling folder); undefined for an absolute path. */
export function normalizePath(p: string): string | undefined {
  if (/^(?:[\\/]|[a-zA-Z]:)/.test(p)) return undefined;
  const out: string[] = [];
  for (const part of p.split(/[\\/]+/)) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length && out[out.length - 1] !== '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

/** `rel` seen from the file at `from` (both relative to the document's folder). */
export function joinPath(from: string, rel: string): string | undefined {
  const dir = from.includes('/') ? from.slice(0, from.lastIndexOf('/') + 1) : '';
  return normalizePath(dir + rel);
}

// JS/TS: relative specifiers only; an extension is tried as written, and TypeScript also maps a
// `.js` it will emit back to its source (`./math.js` → `math.ts`), as `tsc` resolves it.
const SOURCE_OF: Record<string, string[]> = { '.js': ['.ts', '.tsx'], '.mjs': ['.mts'], '.cjs': ['.cts'], '.jsx': ['.tsx'] };
const JS_EXTENSIONS: Partial<Record<Lang, string[]>> = {
  javascript: ['.js', '.mjs', '.cjs', '.jsx'],
  typescript: ['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs'],
};

function jsCandidates(lang: Lang) {
  const exts = JS_EXTENSIONS[lang] ?? [];
  return (spec: string): string[] | undefined => {
    if (!/^\.\.?(?:\/|$)/.test(spec)) return undefined;
    const ext = /\.[cm]?[jt]sx?$/.exec(spec)?.[0];
    if (ext) {
      const stem = spec.slice(0, -ext.length);
      return [...(lang === 'typescript' ? (SOURCE_OF[ext] ?? []).map((e) => stem + e) : []), spec];
    }
    return [...exts.map((e) => spec + e), ...exts.map((e) => `${spec}/index${e}`)];
  };
}

/**
 * Python: `.utils` is beside the file, `..utils` one folder up; `utils` (no dots) is a module beside
 * the script when there is one (how a script's folder is on `sys.path`), else a package.
 */
function pyCandidates(spec: string): string[] {
  const dots = /^\.*/.exec(spec)![0].length;
  const mod = spec.slice(dots).split('.').filter(Boolean).join('/');
  if (!mod) return [];
  const up = dots > 1 ? '../'.repeat(dots - 1) : '';
  return [`${up}${mod}.py`, `${up}${mod}/__init__.py`];
}

/** A path as written (`include("x.jl")`, `source("x.R")`, `#include "x.h"`, MATLAB's `name.m`). */
const asWritten = (spec: string): string[] => [spec];

/** Per language: a specifier → the relative paths it may name, in order (undefined: a package, not read). */
export const CANDIDATES: Partial<Record<Lang, (spec: string) => string[] | undefined>> = {
  javascript: jsCandidates('javascript'),
  typescript: jsCandidates('typescript'),
  python: pyCandidates,
  matlab: asWritten,
  julia: asWritten,
  r: asWritten,
  c: asWritten,
  cpp: asWritten,
};

/** A specifier that names a package unless a file beside the document has its name (Python's `from utils import f`): a miss is said as a package, not as a missing file. */
export const MAYBE_PACKAGE: Partial<Record<Lang, (spec: string) => boolean>> = {
  python: (spec) => !spec.startsWith('.'),
};

/** Candidate paths of `spec` imported by the file at `from`, normalized; [] when it names a package. */
export function candidatePaths(lang: Lang, spec: string, from: string): string[] {
  const list = CANDIDATES[lang]?.(spec) ?? [];
  return list.map((p) => joinPath(from, p)).filter((p): p is string => p !== undefined && p !== '');
}
