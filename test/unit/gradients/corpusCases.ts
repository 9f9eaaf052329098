// The corpus of real published objective/gradient pairs (test/corpus/gradients/<id>/): loading it,
// and judging one file against its independently computed expected.json (SymPy). Shared by the
// unit test (every case must pass) and the bench (found / verified / bugs-flagged rates).
import * as fs from 'fs';
import * as path from 'path';
import { checkPairs } from '../../../src/core/gradients';
import type { PairResult, ParamPoint } from '../../../src/core/gradients';
import type { Lang } from '../../../src/core/types';

/** test/corpus/gradients, found from here upwards (tests run from out/test/unit/gradients, the bench from dist/). */
export const CORPUS_DIR = process.env.CORPUS_DIR ?? findUp(__dirname, path.join('test', 'corpus', 'gradients'));

function findUp(from: string, rel: string): string {
  for (let d = from; ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, rel))) return path.join(d, rel);
    if (path.dirname(d) === d) return path.join(from, rel);
  }
}

export interface CorpusCase {
  id: string;
  dir: string;
  lang: Lang;
  ext: string;
  source: {
    objective: string;
    gradient: string;
    objective_name?: string;
    gradient_name?: string;
    vectorized?: boolean;
    language: string;
    pairing: string;
  };
  expected: {
    variables: string[];
    data: Record<string, number | number[]>;
    points: ParamPoint[];
    gradient: number[][];
    published_at_points?: number[][];
    original_matches: boolean;
    published_wrong_components: string[];
    bugs: Record<string, { variable: string; line: number; file: string }>;
  };
}

const LANGS: Record<string, Lang> = {
  python: 'python',
  julia: 'julia',
  r: 'r',
  matlab: 'matlab',
  octave: 'matlab',
  c: 'c',
  cpp: 'cpp',
  'c++': 'cpp',
  javascript: 'javascript',
  typescript: 'typescript',
};

export function loadCorpus(): CorpusCase[] {
  if (!fs.existsSync(CORPUS_DIR)) return [];
  return fs
    .readdirSync(CORPUS_DIR)
    .filter((d) => !d.startsWith('_') && fs.existsSync(path.join(CORPUS_DIR, d, 'expected.json')))
    .sort()
    .map((id) => {
      const dir = path.join(CORPUS_DIR, id);
      const source = JSON.parse(fs.readFileSync(path.join(dir, 'source.json'), 'utf8'));
      const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8'));
      const original = fs.readdirSync(dir).find((f) => /^original\./.test(f))!;
      return { id, dir, lang: LANGS[String(source.language).toLowerCase()], ext: path.extname(original), source, expected };
    });
}

export interface Judgement {
  /** The pair named in source.json was found. */
  found: boolean;
  /** Read fully (no `error`). */
  read: boolean;
  /** The verdict is right: every component as expected (all pass, or exactly the published wrong ones fail). */
  verified: boolean;
  /** For a bug: flagged at its component and line, nothing else flagged beyond the published wrong ones. */
  flagged?: boolean;
  /** A confident wrong verdict: a false alarm on a correct component, or a bug passed. */
  wrongVerdict: boolean;
  pair?: PairResult;
  why: string;
}

export function readCase(c: CorpusCase, file: string): string {
  return fs.readFileSync(path.join(c.dir, file), 'utf8');
}

export function findPair(c: CorpusCase, text: string, at?: ParamPoint): { pair?: PairResult; all: PairResult[] } {
  const r = checkPairs(text, c.lang, at ? { at } : {});
  // source.json may describe where the value is ("rosen (output f)"): the function is its first word
  const name = (s: string) => (/^\S+$/.test(s) ? s : (/^[\p{L}_][\p{L}\p{N}_.!:]*/u.exec(s)?.[0] ?? s));
  // a gradient handed back inside the objective ("attr(res, \"gradient\") <- … inside fg") is the objective's own
  const gname = /^attr\(|\binside\b/.test(c.source.gradient) ? name(c.source.objective) : name(c.source.gradient);
  // objective_name/gradient_name: the bare function name; ours may be qualified (Class::Evaluate, himmelblau.f, beale()$fn)
  const is = (ours: string, theirs: string | undefined) =>
    theirs !== undefined && (ours === theirs || [`::${theirs}`, `.${theirs}`, `$${theirs}`].some((q) => ours.endsWith(q)));
  const pair =
    r.pairs.find((p) => p.objective.name === name(c.source.objective) && p.gradient.name === gname) ??
    r.pairs.find((p) => is(p.objective.name, c.source.objective_name) && is(p.gradient.name, c.source.gradient_name));
  return { pair, all: r.pairs };
}

/** Judges the original (bug undefined) or one bug file. */
export function judge(c: CorpusCase, bug?: string): Judgement {
  const file = bug ? c.expected.bugs[bug].file : `original${c.ext}`;
  const { pair, all } = findPair(c, readCase(c, file));
  if (!pair) {
    return {
      found: false,
      read: false,
      verified: false,
      wrongVerdict: false,
      why: `pair ${c.source.objective}/${c.source.gradient} not found (found: ${all.map((p) => `${p.objective.name}/${p.gradient.name}`).join(', ') || 'none'})`,
    };
  }
  if (pair.error !== undefined) return { found: true, read: false, verified: false, wrongVerdict: false, pair, why: pair.error };
  const wrongPublished = new Set(c.expected.published_wrong_components);
  const bugInfo = bug ? c.expected.bugs[bug] : undefined;
  const shouldFail = new Set([...wrongPublished, ...(bugInfo ? [bugInfo.variable] : [])]);
  const problems: string[] = [];
  let falseAlarm = false;
  let missed = false;
  if (JSON.stringify(pair.variables) !== JSON.stringify(c.expected.variables))
    problems.push(`variables ${JSON.stringify(pair.variables)} ≠ ${JSON.stringify(c.expected.variables)}`);
  for (const comp of pair.components) {
    const fail = shouldFail.has(comp.variable);
    if (comp.ok && fail) {
      missed = true;
      problems.push(`${comp.variable} passed but is wrong`);
    }
    if (!comp.ok && !fail) {
      falseAlarm = true;
      problems.push(`false alarm on ${comp.variable}: ${comp.message}`);
    }
  }
  let flagged: boolean | undefined;
  if (bugInfo) {
    const comp = pair.components.find((x) => x.variable === bugInfo.variable);
    flagged = !!comp && !comp.ok && comp.line === bugInfo.line && !falseAlarm;
    if (comp && !comp.ok && comp.line !== bugInfo.line)
      problems.push(`${bugInfo.variable} flagged at line ${comp.line}, expected ${bugInfo.line}`);
  }
  const verified = !bug && problems.length === 0;
  return {
    found: true,
    read: true,
    verified,
    ...(bug ? { flagged } : {}),
    wrongVerdict: falseAlarm || missed,
    pair,
    why: problems.join('; '),
  };
}

/** The derivative values at the corpus points (SymPy) against ours, through `at`. */
export function valuesAgree(c: CorpusCase): string | undefined {
  for (let i = 0; i < c.expected.points.length; i++) {
    const at: ParamPoint = { ...c.expected.points[i], ...c.expected.data };
    const { pair } = findPair(c, readCase(c, `original${c.ext}`), at);
    if (!pair || pair.error !== undefined) return `not read at point ${i}: ${pair?.error ?? 'no pair'}`;
    for (let k = 0; k < pair.components.length; k++) {
      const want = c.expected.gradient[i][k];
      const got = pair.components[k].expected;
      if (got === null || Math.abs(got - want) > 1e-8 * Math.max(1, Math.abs(want)))
        return `∂/∂${pair.variables[k]} at point ${i}: ${got} ≠ ${want}`;
      const pub = c.expected.published_at_points?.[i]?.[k];
      const hand = pair.components[k].handwritten;
      if (pub !== undefined && (hand === null || Math.abs(hand - pub) > 1e-8 * Math.max(1, Math.abs(pub))))
        return `written ${pair.variables[k]} at point ${i}: ${hand} ≠ ${pub}`;
    }
  }
  return undefined;
}
