// Follows earlier straight-line assignments in the cursor's scope (function body, script, notebook
// cell) so totals can be taken with respect to the root inputs. Stops at loops and branches (and
// says so), at the enclosing function's header (its parameters are inputs) and at cell markers.
// Reassigned names are renamed (SSA): `x = x + 1` makes the earlier `x` into `x_1`, the input `x`
// into `x_0`, and the latest definition keeps the user's name.
import type { Lang } from '../types';
import type { Family } from './families';
import type { Token } from './lex';
import { joinTokens } from './candidates';
import { functionHeader, usedNames } from './helpers';
import { headerWord, type Stmt } from './statements';
import { shapeOf } from './shape';
import type { MathCheck, MathContext } from './types';
import type { LineIndex } from './lines';
import { names } from '../names';

interface Def {
  name: string;
  stmt: Stmt;
  /** Token range of the value, or undefined for an assignment we cannot follow (tuple unpacking). */
  value?: [number, number];
  /** Augmented assignment operator (`+` for `+=`). */
  aug?: string;
  line: number;
}

/**
 * The scope of statement `idx`: the straight-line statements before it that dataflow may follow,
 * and notes on why it stopped where it did.
 */
export function scopeBefore(stmts: Stmt[], idx: number, fam: Family, lines: LineIndex, cellStart: number): { scope: Stmt[]; notes: string[]; params?: string[]; header?: number } {
  const cur = stmts[idx];
  const scope: Stmt[] = [];
  const notes: string[] = [];
  const line = (s: Stmt) => lines.lineAt(s.start);
  for (let i = idx - 1; i >= 0; i--) {
    const s = stmts[i];
    if (s.start < cellStart) break;
    if (s.close || s.depth > cur.depth) continue;
    const word = headerWord(s) ?? '';
    if (s.depth < cur.depth) {
      const fn = s.opens ? functionHeader(s, fam) : undefined;
      if (fn) return { scope, notes, params: fn.params, header: i };
      if (s.opens && fam.loopBranch.has(word)) {
        notes.push(`Inside the \`${word}\` on line ${line(s)}: only the assignments after it are followed.`);
      }
      break;
    }
    if (s.opens) {
      if (functionHeader(s, fam) || fam.functionWords.has(word)) continue; // an earlier helper: skip its body
      notes.push(`Stopped at the \`${word || 'block'}\` on line ${line(s)}: assignments before it are not followed.`);
      break;
    }
    if (fam.loopBranch.has(word)) {
      notes.push(`Stopped at the \`${word}\` on line ${line(s)}: assignments before it are not followed.`);
      break;
    }
    scope.unshift(s);
  }
  return { scope, notes };
}

const PLAIN_ASSIGN = new Set(['=', '<-', '<<-', ':=']);
const ARITHMETIC_UPDATE = new Set(['+=', '-=', '*=', '/=', '**=']);

/**
 * The arithmetic of an assignment operator: '' for a plain assignment, `-` for `-=` (`w -= lr * dw`
 * is w = w − lr·dw), undefined for one that is not arithmetic (`^=` is XOR but in Julia, `%=`, `.=`).
 */
export function assignmentOp(op: string, lang: Lang): string | undefined {
  if (PLAIN_ASSIGN.has(op)) return '';
  if (ARITHMETIC_UPDATE.has(op) || (op === '^=' && lang === 'julia')) return op.slice(0, -1);
  return undefined;
}

const NUMBER = /^\s*-?\s*(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

/**
 * Builds the dataflow context for an expression (tokens [a, b) of `stmt`), given the scope before
 * it. Returns the renamed expression text and the context.
 */
/** Names the dataflow follows back from one expression at most (a bound on the hover's work). */
export const MAX_FOLLOWED = 200;

export function followAssignments(
  scope: Stmt[], stmt: Stmt, a: number, b: number, fam: Family, text: string, lang: Lang,
  isMath: MathCheck, functions: string[], lines: LineIndex, seeds: string[] = [],
  /** The expression is the value of `name op= value`: it is read as `name op (value)`. */
  aug?: { name: string; op: string },
): { parseText: string; context: Omit<MathContext, 'functions' | 'notes'>; notes: string[] } {
  const defs: Def[] = [];
  for (const s of scope) {
    const sh = shapeOf(s, fam);
    if (sh.kind !== 'assign' || !sh.names.length || !sh.op || !sh.value) continue;
    const line = lines.lineAt(s.start);
    const op = assignmentOp(sh.op.text, lang);
    const aug = op || undefined;
    // `x ^= y` (XOR), `x .= …`, `x %= …`: not arithmetic we follow; x stays an input
    if (sh.names.length === 1) { defs.push({ name: sh.names[0], stmt: s, value: op === undefined ? undefined : sh.value, aug, line }); continue; }
    // a, b = e1, e2: pair them up when the counts match
    const parts = splitValue(s.toks, sh.value[0], sh.value[1]);
    sh.names.forEach((name, k) => defs.push({ name, stmt: s, value: parts.length === sh.names.length ? parts[k] : undefined, line }));
  }
  const count = new Map<string, number>();
  for (const d of defs) count.set(d.name, (count.get(d.name) ?? 0) + 1);
  // `w -= lr * dw` defines w anew: the w it reads is an earlier version (or the input w_0)
  if (aug) count.set(aug.name, (count.get(aug.name) ?? 0) + 1);
  const seen = new Map<string, number>();
  const versions: { def: Def; version: string }[] = [];
  const renamed: Record<string, string> = names();
  const current = new Map<string, string>(); // name → version visible now
  const versionOf = (name: string) => current.get(name) ?? (count.has(name) ? `${name}_0` : name);
  const textOf = (s: Stmt, from: number, to: number) => joinTokens(text, s.toks, from, to, renamer(s.toks, from, to, versionOf));
  const defText = new Map<string, { text: string; def: Def }>();
  for (const d of defs) {
    const k = (seen.get(d.name) ?? 0) + 1;
    seen.set(d.name, k);
    const version = k === count.get(d.name) ? d.name : `${d.name}_${k}`;
    if (d.value) {
      for (const n of usedNames(d.stmt.toks, d.value[0], d.value[1])) if (versionOf(n) === `${n}_0`) renamed[`${n}_0`] = `${n} (input)`;
      let body = textOf(d.stmt, d.value[0], d.value[1]);
      if (d.aug) body = `${versionOf(d.name)} ${d.aug === '**' ? '**' : d.aug} (${body})`;
      defText.set(version, { text: body, def: d });
    }
    if (version !== d.name) renamed[version] = `${d.name} (line ${d.line})`;
    if (d.aug && versionOf(d.name) === `${d.name}_0`) renamed[`${d.name}_0`] = `${d.name} (input)`;
    current.set(d.name, version);
    versions.push({ def: d, version });
  }
  let parseText = joinTokens(text, stmt.toks, a, b, renamer(stmt.toks, a, b, versionOf));
  for (const n of usedNames(stmt.toks, a, b)) if (versionOf(n) === `${n}_0`) renamed[`${n}_0`] = `${n} (input)`;
  if (aug) {
    const before = versionOf(aug.name);
    parseText = `${before} ${aug.op} (${parseText})`;
    if (before === `${aug.name}_0`) renamed[before] = `${aug.name} (input)`;
  }

  // the definitions the expression reaches, checked to be math (others stay inputs)
  const where: Record<string, string> = names();
  const constants: Record<string, number> = names();
  // seeds: names the expression reaches through helper bodies (a global `g` in `height(h0, t)`)
  const queue = [...idsIn(parseText, lang), ...seeds.map((n) => versionOf(n))];
  const visited = new Set<string>();
  while (queue.length && visited.size < MAX_FOLLOWED) {
    const n = queue.shift()!;
    if (visited.has(n)) continue;
    visited.add(n);
    const d = defText.get(n);
    if (!d) continue;
    if (NUMBER.test(d.text)) { constants[n] = Number(d.text.replace(/\s+/g, '')); where[n] = d.text.trim(); continue; }
    if (!isMath(d.text, lang, functions, true)) continue;
    where[n] = d.text;
    queue.push(...idsIn(d.text, lang));
  }
  for (const k of Object.keys(renamed)) if (!visited.has(k)) delete renamed[k];
  // said, never silent: names left unfollowed are inputs of the totals
  const unfollowed = queue.filter((n) => !visited.has(n) && defText.has(n));
  const notes = unfollowed.length
    ? [`followed the ${MAX_FOLLOWED} nearest names only: ${[...new Set(unfollowed)].slice(0, 3).join(', ')}${new Set(unfollowed).size > 3 ? ' and others' : ''} and what they depend on are taken as inputs`]
    : [];
  return { parseText, context: { where, constants, renamed }, notes };
}

function splitValue(toks: Token[], a: number, b: number): [number, number][] {
  let from = a;
  let to = b;
  if (toks[a]?.kind === 'open' && toks[b - 1]?.kind === 'close') { from++; to--; }
  const out: [number, number][] = [];
  let d = 0;
  let s = from;
  for (let k = from; k < to; k++) {
    if (toks[k].kind === 'open') d++;
    else if (toks[k].kind === 'close') d--;
    else if (d === 0 && toks[k].text === ',') { out.push([s, k]); s = k + 1; }
  }
  out.push([s, to]);
  return out;
}

function renamer(toks: Token[], a: number, b: number, versionOf: (n: string) => string): (t: Token) => string | undefined {
  const vars = new Set(usedNames(toks, a, b));
  return (t) => {
    if (t.kind !== 'id' || !vars.has(t.text)) return undefined;
    const k = toks.indexOf(t);
    const prev = toks[k - 1];
    const next = toks[k + 1];
    if ((next && (next.text === '(' || next.text === '.')) || (prev && prev.text === '.')) return undefined;
    const v = versionOf(t.text);
    return v === t.text ? undefined : v;
  };
}

function idsIn(s: string, lang: Lang): string[] {
  // R names may contain dots (`my.rate`)
  return (lang === 'r' ? s.match(/[\p{L}_.][\p{L}\p{N}_.]*/gu) : s.match(/[\p{L}_][\p{L}\p{N}_]*/gu)) ?? [];
}

/**
 * Numeric constants of the outermost level before a function (`static const double g = 9.81;`,
 * `const g = 9.81`) that the function's parameters do not shadow: statements to prepend to its scope.
 */
export function outerConstants(stmts: Stmt[], header: number, params: string[], fam: Family): Stmt[] {
  let min = Infinity;
  for (let i = 0; i < header; i++) min = Math.min(min, stmts[i].depth);
  const out: Stmt[] = [];
  for (let i = 0; i < header; i++) {
    const s = stmts[i];
    if (s.depth !== min || s.opens || s.close) continue;
    const sh = shapeOf(s, fam);
    if (sh.kind !== 'assign' || sh.names.length !== 1 || params.includes(sh.names[0]) || !sh.value || sh.op?.text !== '=') continue;
    const v = s.toks.slice(sh.value[0], sh.value[1]).map((t) => t.text).join('');
    if (NUMBER.test(v)) out.push(s);
  }
  return out;
}
