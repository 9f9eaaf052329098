// Follows earlier straight-line assignments in the cursor's scope (function body, script, notebook
// cell) so totals can be taken with respect to the root inputs. Stops at loops and branches (and
// says so), at the enclosing function's header (its parameters are inputs) and at cell markers.
// Reassigned names are renamed (SSA): `x = x + 1` makes the earlier `x` into `x_1`, the input `x`
// into `x_0`, and the latest definition keeps the user's name.
import type { Family } from './families';
import { identifiersIn, type Token } from './lex';
import { joinTokens } from './candidates';
import { functionHeader, usedNames } from './helpers';
import { headerWord, type Stmt } from './statements';
import { matchClose, splitTop } from './brackets';
import { assignmentOp, dottedChain, shapeOf } from './shape';
import { hasUpdates, UNKNOWN, unfoldUpdates } from './updates';
import { chainValues } from './helperBody';
import type { MathContext, ScanContext } from './types';
import { constantValue } from './mathCheck';
import { names } from '../names';
import { ARRAY_SPECS } from '../array/tables';

interface Def {
  name: string;
  stmt: Stmt;
  /** Token range of the value, or undefined for an assignment we cannot follow (tuple unpacking). */
  value?: [number, number];
  /** Augmented assignment operator (`+` for `+=`). */
  aug?: string;
  /** Where it is, as messages say it (`line 7`, `cell 2, line 3`). */
  line: string;
  /**
   * The value holds updates (`t = (--t) * t`): read with them unfolded; '' for the value itself, a
   * name for that name's value once the statement ran (`double t2 = (--t) * t` changes t too).
   */
  unfold?: string;
  /** Declared constant (`const c1 = 1.70158`): a constant of the totals even when nothing else varies. */
  fixed?: boolean;
  /** A value made of several statements (an if-chain's conditional), given the versions visible before it. */
  build?: (versionOf: (n: string) => string, defined: string[]) => string | undefined;
  /** An element assignment `x(i) = v`: the token range of the index list `i`; the value is v. */
  element?: [number, number];
}

/** An earlier loop or branch the walk passed: the names it assigns are inputs after it. */
export interface Barrier {
  barrier: string[];
  start: number;
  /**
   * An if-chain (header `at` of `stmts`): when its blocks only assign, each name is one conditional
   * value instead (helperBody's chainValues); otherwise a barrier, said in `note`.
   */
  chain?: { stmts: Stmt[]; at: number; note: string };
}

/** A statement before the cursor's, or a barrier; a block header stands for the assignments inside its condition. */
export type ScopeItem = Stmt | Barrier;

export const isBarrier = (x: ScopeItem): x is Barrier => 'barrier' in x;

/** Words that continue an if/try chain: their blocks belong to the chain's barrier. */
const CHAIN = new Set(['else', 'elif', 'elseif', 'catch', 'except', 'finally', 'case', 'otherwise']);
/** Languages whose functions read module names when they run, so a definition below them counts. */
const LATE_BINDING = new Set(['julia', 'python', 'javascript', 'typescript', 'r']);
export const LOOPS = new Set(['for', 'while', 'do', 'parfor', 'repeat']);
/** Chain words whose block runs instead of the earlier blocks of an if-chain. */
const ALTERNATIVES = new Set(['else', 'elif', 'elseif']);

/** Index just past the block opened by header `i` (and the else/elif/catch blocks chained to it). */
function blockEnd(stmts: Stmt[], i: number): number {
  const d = stmts[i].depth;
  let j = i + 1;
  for (; j < stmts.length; j++) {
    const s = stmts[j];
    if (s.depth > d || s.close) continue;
    if (s.opens && CHAIN.has(headerWord(s) ?? '')) continue;
    // `} else {` in brace languages: the close then the chained header at the same depth
    break;
  }
  return j;
}

/** Names a statement assigns: its targets, assignments inside it (`if ((t *= 2) < 1)`), `--t`, loop variables. */
export function namesAssigned(s: Stmt, fam: Family): string[] {
  const out = new Set<string>();
  const sh = shapeOf({ ...s, opens: false }, fam);
  if (sh.kind === 'assign') for (const n of sh.names) out.add(n);
  if (sh.kind === 'assign' && !sh.names.length && sh.target)
    out.add(
      s.toks
        .slice(...sh.target)
        .map((x) => x.text)
        .join(''),
    );
  const t = s.toks;
  for (let k = 0; k < t.length; k++) {
    if (t[k].kind !== 'id') continue;
    const next = t[k + 1];
    const prev = t[k - 1];
    if (prev?.kind === 'op' && prev.text === '.') continue;
    if (next?.kind === 'op' && (fam.assignOps.includes(next.text) || next.text === '++' || next.text === '--')) out.add(t[k].text);
    else if (prev?.kind === 'op' && (prev.text === '++' || prev.text === '--')) out.add(t[k].text);
    else if (next?.kind === 'id' && next.text === 'in' && (headerWord(s) === 'for' || prev?.text === '(')) out.add(t[k].text);
  }
  return [...out];
}

function assignedInBlock(stmts: Stmt[], i: number, fam: Family): string[] {
  const out = new Set<string>();
  const end = blockEnd(stmts, i);
  for (let j = i; j < end; j++) if (!stmts[j].close) for (const n of namesAssigned(stmts[j], fam)) out.add(n);
  return [...out];
}

const EXITS = ['return', 'throw', 'break', 'continue', 'raise'];

/**
 * `if (c) body` without braces: the body is the rest of the statement, or the next statement
 * (`inner`, when it is before the cursor's); whether the body leaves (return, throw, …).
 */
function braceless(s: Stmt, next: Stmt | undefined, inner: Stmt | undefined): { exits: boolean; inner?: Stmt } {
  const open = s.toks.findIndex((t) => t.text === '(');
  const end = open >= 0 ? matchClose(s.toks, open) : s.toks.length;
  if (end < s.toks.length) return { exits: EXITS.includes(s.toks[end].text) };
  const w = next && headerWord(next);
  return { exits: !!w && EXITS.includes(w), inner };
}

/** A branch with no else whose block ends by leaving (return, throw, break, continue). */
function exits(stmts: Stmt[], i: number): boolean {
  const end = blockEnd(stmts, i);
  const inner = stmts.slice(i + 1, end).filter((x) => !x.close && x.depth > stmts[i].depth);
  if (stmts.slice(i + 1, end).some((x) => x.opens && x.depth === stmts[i].depth)) return false; // an else
  const last = inner.filter((x) => x.depth === inner[0]?.depth).pop();
  const w = last && headerWord(last);
  return !!w && EXITS.includes(w);
}

const list = (names: string[]) =>
  names
    .slice(0, 4)
    .map((n) => `\`${n}\``)
    .join(', ') + (names.length > 4 ? ', …' : '');

/**
 * The scope of statement `idx`: the statements before it that dataflow may follow, walking back
 * through its block and out of enclosing branches and loops up to the enclosing function's header
 * (its parameters are the inputs). An earlier loop or branch, and an enclosing loop, is a barrier
 * only for the names it assigns (they are inputs after it, said in a note); a branch's condition ran
 * before its block, so its assignments (`if ((t *= 2) < 1) {`) are followed.
 */
export function scopeBefore(
  ctx: Pick<ScanContext, 'fam' | 'lines'>,
  stmts: Stmt[],
  idx: number,
  cellStart: number,
): { scope: ScopeItem[]; notes: string[]; params?: string[]; header?: number } {
  const { fam, lines } = ctx;
  const scope: ScopeItem[] = [];
  const notes: string[] = [];
  const line = (s: Stmt) => lines.label(s.start);
  let depth = stmts[idx].depth;
  // inside an `else`/`elif` block: the earlier blocks of its if-chain did not run, only their conditions
  let alternative = false;
  for (let i = idx - 1; i >= 0; i--) {
    const s = stmts[i];
    if (s.start < cellStart) break;
    if (s.close || s.depth > depth) continue;
    const word = headerWord(s) ?? '';
    if (alternative && s.depth === depth && s.opens && (ALTERNATIVES.has(word) || word === 'if')) {
      scope.unshift(s);
      alternative = word !== 'if';
      continue;
    }
    alternative = false;
    if (s.depth < depth) {
      const fn = s.opens ? functionHeader(s, fam) : undefined;
      if (fn) return { scope, notes, params: fn.params, header: i };
      if (!s.opens) break;
      depth = s.depth;
      alternative = ALTERNATIVES.has(word);
      if (LOOPS.has(word)) {
        // the loop's own assignments change from one pass to the next: inputs here
        const names = assignedInBlock(stmts, i, fam);
        scope.unshift({ barrier: names, start: s.start });
        if (names.length) notes.push(`Inside the \`${word}\` on ${line(s)}: ${list(names)} change in the loop and are inputs here.`);
      } else {
        scope.unshift(s);
      }
      continue;
    }
    if (!s.opens && fam.bracelessBranches && (word === 'if' || word === 'else')) {
      // a branch without braces: `if (c) return x;` on one line, or `if (c)` then one statement
      const body = braceless(s, stmts[i + 1], idx === i + 1 ? undefined : stmts[i + 1]);
      if (body.inner && scope[0] === body.inner) scope.shift();
      if (word === 'if' && body.exits) {
        scope.unshift(s);
        continue;
      }
      const names = [...new Set([...namesAssigned(s, fam), ...(body.inner ? namesAssigned(body.inner, fam) : [])])];
      scope.unshift({ barrier: names, start: s.start });
      if (names.length) notes.push(`The \`${word}\` on ${line(s)} assigns ${list(names)}: inputs after it.`);
      continue;
    }
    if (s.opens || fam.loopBranch.has(word)) {
      if (s.opens && (functionHeader(s, fam) || fam.functionWords.has(word))) continue; // an earlier helper: skip its body
      if (CHAIN.has(word)) continue; // the chain's first header (further up) stands for it
      // `if (c) { …; return }`: the code below runs only when the block did not, so only the
      // condition's own assignments reach it
      if (s.opens && !LOOPS.has(word) && exits(stmts, i)) {
        scope.unshift(s);
        continue;
      }
      const names = s.opens ? assignedInBlock(stmts, i, fam) : namesAssigned(s, fam);
      const note = `The \`${word || 'block'}\` on ${line(s)} assigns ${list(names)}: inputs after it.`;
      // an if-chain that only assigns may be read as conditional values (followAssignments decides)
      if (s.opens && word === 'if' && names.length) scope.unshift({ barrier: names, start: s.start, chain: { stmts, at: i, note } });
      else {
        scope.unshift({ barrier: names, start: s.start });
        if (names.length) notes.push(note);
      }
      continue;
    }
    scope.unshift(s);
  }
  return { scope, notes };
}

const NUMBER = /^\s*-?\s*(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

/** Names the dataflow follows back from one expression at most (a bound on the hover's work). */
export const MAX_FOLLOWED = 200;

/**
 * Builds the dataflow context for an expression (tokens [a, b) of `stmt`), given the scope before
 * it. Returns the renamed expression text and the context.
 */

export function followAssignments(
  ctx: ScanContext,
  scope: ScopeItem[],
  stmt: Stmt,
  a: number,
  b: number,
  extra: {
    /** Names the expression reaches through helper bodies. */
    seeds?: string[];
    /** The expression is the value of `name op= value`: it is read as `name op (value)`. */
    aug?: { name: string; op: string };
    /** Names bound outside assignments: C/C++ `#define PI 3.14159`, Python `from math import e`: name → value text. */
    macros?: Record<string, string>;
  } = {},
): { parseText: string; notes: string[]; context: Omit<MathContext, 'functions' | 'notes'> } {
  const { text, fam, isMath, functions, lines } = ctx;
  const lang = fam.lang;
  const { seeds = [], aug, macros = {} } = extra;
  // an attribute chain `self.w` is the name `self_w` the front-ends read (R's dotted names are names)
  const key = (n: string) => (fam.dottedNames ? n : n.replace(/\./g, '_'));
  const defs: Def[] = [];
  const attributes: { name: string; line: string }[] = [];
  const chainNotes: string[] = [];
  for (const s of scope) {
    if (isBarrier(s)) {
      const read = s.chain && chainDefs(ctx, s.chain.stmts, s.chain.at);
      if (read) defs.push(...read);
      else {
        for (const name of s.barrier) defs.push({ name, stmt: stmt, line: lines.label(s.start) });
        if (s.chain) chainNotes.push(s.chain.note);
      }
      continue;
    }
    const line = lines.label(s.start);
    if (s.opens || fam.loopBranch.has(headerWord(s) ?? '')) {
      // a branch header: the assignments inside its condition, `if ((t *= 2) < 1) {` (not its
      // body on the same line, `if (c) return x`)
      const open = s.toks.findIndex((t) => t.text === '(');
      const to = fam.blocks === 'braces' && open >= 0 ? matchClose(s.toks, open) : s.toks.length;
      for (const e of embeddedAssignments(s.toks.slice(0, to), fam)) defs.push({ ...e, stmt: s, line });
      continue;
    }
    const sh = shapeOf(s, fam);
    const chain = sh.kind === 'assign' && !sh.names.length && sh.target ? dottedChain(s.toks, sh.target) : undefined;
    if (chain && sh.op && sh.value) {
      // `self.w = …`: an attribute is a name of its own (`self_w`), followed as a plain one
      const op = assignmentOp(sh.op.text, fam);
      defs.push({ name: chain, stmt: s, value: op === undefined ? undefined : sh.value, aug: op || undefined, line });
      continue;
    }
    const element = sh.kind === 'assign' && sh.target && sh.value ? elementTarget(s.toks, sh.target, lang) : undefined;
    if (element && sh.op?.text === '=') {
      // MATLAB `theta(1) = 0;`: a new theta, the old one with that element set (followed by the array engine)
      defs.push({ name: element.name, stmt: s, value: sh.value, element: element.index, line });
      continue;
    }
    if (sh.kind === 'assign' && !sh.names.length && sh.target && sh.value) {
      // `a[i] = …`: an element target is not followed; said if the expression uses it
      attributes.push({ name: joinTokens(text, s.toks, ...sh.target).replace(/\s+/g, ''), line });
      continue;
    }
    if (sh.kind === 'expr' && sh.value && hasUpdates(s.toks, sh.value[0], sh.value[1], fam)) {
      // `--t;`, `t++;` on their own: the names they change
      for (const n of updatedNames(text, s.toks, sh.value)) defs.push({ name: n, stmt: s, value: sh.value, unfold: n, line });
      continue;
    }
    if (sh.kind !== 'assign' || !sh.names.length || !sh.op || !sh.value) continue;
    // a `const` number is a constant of the code, except in a notebook's cells above: they set the
    // point the user explores, `const` or not
    const fixed = (!lines.inCellAbove(s.start) && s.toks.slice(0, sh.head).some((t) => fam.constWords?.has(t.text))) || undefined;
    const decl = sh.names.length === 1 && sh.op.text === '=' ? declarators(s.toks, sh.value, sh.names[0]) : undefined;
    if (decl) {
      // `var pi = Math.PI, halfPi = pi / 2;`: one definition per declarator
      for (const d of decl) defs.push({ ...d, stmt: s, line, fixed });
      continue;
    }
    const op = assignmentOp(sh.op.text, fam);
    const aug = op || undefined;
    // `x ^= y` (XOR), `x .= …`, `x %= …`: not arithmetic we follow; x stays an input
    if (sh.names.length === 1) {
      const updates = op !== undefined && hasUpdates(s.toks, sh.value[0], sh.value[1], fam);
      defs.push({
        name: sh.names[0],
        stmt: s,
        value: op === undefined ? undefined : sh.value,
        aug,
        line,
        unfold: updates ? '' : undefined,
        fixed,
      });
      // `double t2 = (--t) * t`: t changes too (after t2's value is read)
      if (updates)
        for (const n of updatedNames(text, s.toks, sh.value))
          if (n !== sh.names[0]) defs.push({ name: n, stmt: s, value: sh.value, unfold: n, line });
      continue;
    }
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
  const unfoldedText = (d: Def, which: string): string | undefined => {
    const after = new Map<string, string>();
    const [from, to] = d.value!;
    const out = unfoldUpdates(text, d.stmt.toks, from, to, renamer(d.stmt.toks, from, to, versionOf), after);
    const v = which === '' ? out : after.get(which);
    return out === undefined || v === UNKNOWN ? undefined : v;
  };
  const defText = new Map<string, { text: string; def: Def }>();
  for (const d of defs) {
    const k = (seen.get(d.name) ?? 0) + 1;
    seen.set(d.name, k);
    const version = k === count.get(d.name) ? d.name : `${d.name}_${k}`;
    if (d.build) {
      const body = d.build(versionOf, [...count.keys()]);
      if (body !== undefined) {
        defText.set(version, { text: body, def: d });
        for (const n of idsIn(body, fam)) if (n.endsWith('_0') && count.has(n.slice(0, -2))) renamed[n] = `${n.slice(0, -2)} (input)`;
      }
    } else if (d.value) {
      for (const n of [...usedNames(d.stmt.toks, d.value[0], d.value[1]), ...usedChains(d.stmt.toks, d.value[0], d.value[1])])
        if (versionOf(n) === `${n}_0`) renamed[`${n}_0`] = `${n} (input)`;
      let body = d.unfold === undefined ? textOf(d.stmt, d.value[0], d.value[1]) : unfoldedText(d, d.unfold);
      if (d.element && body !== undefined)
        body = `${ARRAY_SPECS[lang]!.setIndexCall}(${versionOf(d.name)}, ${body}, ${textOf(d.stmt, ...d.element)})`;
      if (d.aug && body !== undefined) body = `${versionOf(d.name)} ${d.aug === '**' ? '**' : d.aug} (${body})`;
      if (body !== undefined) defText.set(version, { text: body, def: d });
    }
    if (version !== d.name) renamed[version] = `${d.name} (${d.line})`;
    if ((d.aug || d.element) && versionOf(d.name) === `${d.name}_0`) renamed[`${d.name}_0`] = `${d.name} (input)`;
    current.set(d.name, version);
    versions.push({ def: d, version });
  }
  const rename = renamer(stmt.toks, a, b, versionOf);
  let parseText =
    (hasUpdates(stmt.toks, a, b, fam) ? unfoldUpdates(text, stmt.toks, a, b, rename) : undefined) ??
    joinTokens(text, stmt.toks, a, b, rename);
  for (const n of [...usedNames(stmt.toks, a, b), ...usedChains(stmt.toks, a, b)])
    if (versionOf(n) === `${n}_0`) renamed[`${n}_0`] = `${n} (input)`;
  if (aug) {
    const before = versionOf(aug.name);
    parseText = `${before} ${aug.op} (${parseText})`;
    if (before === `${aug.name}_0`) renamed[before] = `${aug.name} (input)`;
  }

  // the definitions the expression reaches, checked to be math (others stay inputs, said in a note)
  const notes: string[] = [...chainNotes];
  const where: Record<string, string> = names();
  const constants: Record<string, number> = names();
  const fixed: string[] = [];
  // seeds: names the expression reaches through helper bodies (a global `g` in `height(h0, t)`)
  const queue = [...idsIn(parseText, fam), ...seeds.map((n) => versionOf(n))];
  const visited = new Set<string>();
  while (queue.length && visited.size < MAX_FOLLOWED) {
    const n = queue.shift()!;
    if (visited.has(n)) continue;
    visited.add(n);
    const d = defText.get(n);
    if (!d) {
      const m = Object.prototype.hasOwnProperty.call(macros, n) && !count.has(n) ? constantValue(macros[n], lang, constants) : undefined;
      if (m !== undefined) {
        constants[n] = m;
        where[n] = macros[n];
      }
      continue;
    }
    if (NUMBER.test(d.text)) {
      constants[key(n)] = Number(d.text.replace(/\s+/g, ''));
      where[key(n)] = d.text.trim();
      if (d.def.fixed) fixed.push(key(n));
      continue;
    }
    if (!isMath(d.text, lang, functions, true)) {
      notes.push(
        `\`${d.def.name}\` on ${d.def.line} is \`${d.text.length > 40 ? d.text.slice(0, 40) + '…' : d.text}\`, which is not read as math: an input here.`,
      );
      continue;
    }
    where[key(n)] = d.text;
    if (d.def.fixed) fixed.push(key(n));
    queue.push(...idsIn(d.text, fam));
  }
  // definitions made of constants only (`b0 = 1 / b1 / b1`, `tau = 2 * Math.PI`) are constants too
  for (let changed = true; changed;) {
    changed = false;
    for (const [n, t] of Object.entries(where)) {
      if (n in constants) continue;
      const v = constantValue(t, lang, constants);
      if (v !== undefined) {
        constants[n] = v;
        changed = true;
      }
    }
  }
  for (const k of Object.keys(renamed)) if (!visited.has(k)) delete renamed[k];
  const exprText = joinTokens(text, stmt.toks, a, b).replace(/\s+/g, '');
  for (const at of attributes.reverse()) {
    if (notes.some((x) => x.startsWith(`\`${at.name}\``))) continue;
    const re = new RegExp(`(^|[^\\p{L}\\p{N}_.])${at.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}_])`, 'u');
    if (re.test(exprText)) notes.push(`\`${at.name}\` is assigned on ${at.line}, which is not followed: an input here.`);
  }
  // said, never silent: names left unfollowed are inputs of the totals
  const unfollowed = [...new Set(queue.filter((n) => !visited.has(n) && defText.has(n)))];
  if (unfollowed.length) {
    notes.push(
      `followed the ${MAX_FOLLOWED} nearest names only: ${unfollowed.slice(0, 3).join(', ')}${unfollowed.length > 3 ? ' and others' : ''} and what they depend on are taken as inputs`,
    );
  }
  return {
    parseText,
    notes,
    context: { where, constants, fixed, renamed: names(Object.entries(renamed).map(([k, v]) => [key(k), v] as const)) },
  };
}

/**
 * The names an if-chain of plain assignments leaves defined (`if iszero(σ) … else z = zval(μ, σ, x)
 * end`), each as one conditional value; undefined when the chain holds anything else (it is then a
 * barrier). The values are read once, with the versions visible before the chain.
 */
function chainDefs(ctx: ScanContext, stmts: Stmt[], at: number): Def[] | undefined {
  const { text, fam, lines, isMath, functions } = ctx;
  const plain = chainValues(stmts, at, fam, text, new Map());
  // a condition or value that is no math (`isinstance(x, float)`): a barrier, said as one
  if (!plain?.size || [...plain.values()].some((v) => !isMath(v, fam.lang, functions, true))) return undefined;
  let values: Map<string, string> | undefined;
  const line = lines.label(stmts[at].start);
  return [...plain.keys()].map((name) => ({
    name,
    stmt: stmts[at],
    line,
    build: (versionOf, defined) => {
      // the first of the chain's names asks before any of them has its new version
      values ??= chainValues(stmts, at, fam, text, new Map(defined.filter((n) => versionOf(n) !== n).map((n) => [n, versionOf(n)])));
      return values?.get(name);
    },
  }));
}

/**
 * `x(i, j) = …` in a language whose array engine follows element assignments (ARRAY_SPECS'
 * setIndexCall): the name and the token range of the index list; else undefined.
 */
function elementTarget(
  toks: Token[],
  [from, to]: [number, number],
  lang: Family['lang'],
): { name: string; index: [number, number] } | undefined {
  if (!ARRAY_SPECS[lang]?.setIndexCall) return undefined;
  if (toks[from]?.kind !== 'id' || toks[from + 1]?.text !== '(' || toks[to - 1]?.text !== ')' || to - from < 4) return undefined;
  if (matchClose(toks, from + 1, to) !== to) return undefined;
  return { name: toks[from].text, index: [from + 2, to - 1] };
}

/** `a = e1, b = e2` after a declaration word: [{name, value}] per declarator, or undefined for one. */
export function declarators(
  toks: Token[],
  value: [number, number],
  first: string,
): { name: string; value: [number, number] }[] | undefined {
  const parts = splitTop(toks, value[0], value[1]);
  if (parts.length < 2) return undefined;
  const out = [{ name: first, value: parts[0] }];
  for (const [p, q] of parts.slice(1)) {
    if (toks[p]?.kind !== 'id' || toks[p + 1]?.text !== '=' || p + 2 >= q) return undefined;
    out.push({ name: toks[p].text, value: [p + 2, q] });
  }
  return out;
}

/** Assignments inside parentheses of a header (`(t *= 2) < 1`): name, value range, arithmetic. */
function embeddedAssignments(toks: Token[], fam: Family): { name: string; value?: [number, number]; aug?: string }[] {
  const out: { name: string; value?: [number, number]; aug?: string }[] = [];
  for (let k = 1; k < toks.length - 2; k++) {
    const t = toks[k];
    const op = toks[k + 1];
    if (t.kind !== 'id' || toks[k - 1].text !== '(' || op.kind !== 'op' || !fam.assignOps.includes(op.text)) continue;
    const arith = assignmentOp(op.text, fam);
    const close = matchClose(toks, k - 1) - 1;
    out.push({ name: t.text, value: arith === undefined || close <= k + 2 ? undefined : [k + 2, close], aug: arith || undefined });
  }
  return out;
}

function splitValue(toks: Token[], a: number, b: number): [number, number][] {
  let from = a;
  let to = b;
  if (toks[a]?.kind === 'open' && toks[b - 1]?.kind === 'close') {
    from++;
    to--;
  }
  return splitTop(toks, from, to);
}

/**
 * A token's text in the dataflow's naming: its version (`x_1`), and for the last name of an attribute
 * chain the chain's version (`self.w` → `self.w_1`, written as `w_1` after `self.`).
 */
function renamer(toks: Token[], a: number, b: number, versionOf: (n: string) => string): (t: Token) => string | undefined {
  const vars = new Set(usedNames(toks, a, b));
  return (t) => {
    if (t.kind !== 'id') return undefined;
    const k = toks.indexOf(t);
    const prev = toks[k - 1];
    const next = toks[k + 1];
    if (next && (next.text === '(' || next.text === '.')) return undefined;
    if (prev && prev.text === '.') {
      const chain = chainEndingAt(toks, k);
      const v = chain && versionOf(chain);
      return v && v !== chain ? t.text + v.slice(chain.length) : undefined;
    }
    if (!vars.has(t.text)) return undefined;
    const v = versionOf(t.text);
    return v === t.text ? undefined : v;
  };
}

/** `self.w` when token k is the `w` of `self.w` (names joined by dots), else undefined. */
function chainEndingAt(toks: Token[], k: number): string | undefined {
  let j = k;
  while (j >= 2 && toks[j - 1].kind === 'op' && toks[j - 1].text === '.' && toks[j - 2].kind === 'id') j -= 2;
  return j < k ? dottedChain(toks, [j, k + 1]) : undefined;
}

/** Attribute chains used as values in tokens [a, b) (`self.w`, not `np.exp(…)`). */
function usedChains(toks: Token[], a: number, b: number): string[] {
  const out: string[] = [];
  for (let k = a; k < b; k++) {
    if (toks[k].kind !== 'id' || toks[k - 1]?.text !== '.' || toks[k + 1]?.text === '(' || toks[k + 1]?.text === '.') continue;
    const c = chainEndingAt(toks, k);
    if (c) out.push(c);
  }
  return out;
}

/** Names in expression text: plain names, and attribute chains (`self.w_1`) as one name too. */
function idsIn(s: string, fam: Family): string[] {
  if (fam.dottedNames) return s.match(/[\p{L}_.][\p{L}\p{N}_.]*/gu) ?? [];
  // whole chains only, not a call's (`np.sin(…)`) nor a prefix of a longer one
  const chains = s.match(/(?<![\p{L}\p{N}_.])[\p{L}_][\p{L}\p{N}_]*(?:\.[\p{L}_][\p{L}\p{N}_]*)+(?![\p{L}\p{N}_]|\s*[.(])/gu) ?? [];
  return [...identifiersIn(s, fam.identExtra), ...chains];
}

/** Names an expression with updates changes (`--t * t`, `(x -= c)`): a dry run of the unfolding. */
function updatedNames(text: string, toks: Token[], [a, b]: [number, number]): string[] {
  const after = new Map<string, string>();
  return unfoldUpdates(text, toks, a, b, undefined, after) === undefined ? [] : [...after.keys()];
}

/**
 * The definitions outside the function that holds the cursor (`var pi = Math.PI, halfPi = pi / 2;`
 * at the top of a module, `const n1 = 7.5625;` of an enclosing function): walked back from the
 * function's header outward, as scopeBefore walks. A name is taken only when every assignment to
 * it in the window is among these or in the cursor's own function, and no crossed function's
 * parameter shadows it.
 */
export function outerScope(
  ctx: Pick<ScanContext, 'fam' | 'lines'>,
  stmts: Stmt[],
  header: number,
  params: string[],
  cellStart: number,
): ScopeItem[] {
  const { fam } = ctx;
  const items: ScopeItem[] = [];
  const shadow = new Set(params);
  // the statements of the function (or the window, at module level) each item and parameter belongs to
  const whole: [number, number] = [0, stmts.length];
  const scopeOf = new Map<ScopeItem, [number, number]>();
  const paramScope = new Map<string, [number, number]>();
  for (let h: number | undefined = header, hops = 0; h !== undefined && hops < 8; hops++) {
    const r = scopeBefore(ctx, stmts, h, cellStart);
    const range: [number, number] = r.header !== undefined ? [r.header, blockEnd(stmts, r.header)] : whole;
    for (const x of r.scope) scopeOf.set(x, range);
    items.unshift(...r.scope);
    for (const p of r.params ?? []) {
      shadow.add(p);
      if (!paramScope.has(p)) paramScope.set(p, range);
    }
    h = r.header;
  }
  const count = (range: readonly Stmt[]) => {
    const m = new Map<string, number>();
    for (const x of range) if (!x.close) for (const n of namesAssigned(x, fam)) m.set(n, (m.get(n) ?? 0) + 1);
    return m;
  };
  // module definitions after the function count too where names are looked up when it runs
  // (Julia `const gelu_λ = √(2 / π)` below `gelu_tanh`): top-level plain assignments only
  if (LATE_BINDING.has(fam.lang)) {
    const top = Math.min(...stmts.map((x) => x.depth));
    for (let j = blockEnd(stmts, header); j < stmts.length; j++) {
      const x = stmts[j];
      if (x.depth !== top || x.opens || x.close) continue;
      const sh = shapeOf(x, fam);
      if (sh.kind === 'assign' && !sh.fn && !functionHeader(x, fam)) items.push(x);
    }
  }
  const counts = new Map<[number, number], Map<string, number>>();
  const assignedIn = (range: [number, number]) => {
    if (!counts.has(range)) counts.set(range, count(stmts.slice(...range)));
    return counts.get(range)!;
  };
  // `var s = Math.asin(1 / (a = Math.max(1, a))) * (p /= tau);` in `custom(a, p)`: s read in terms of
  // the a and p the nested function sees (those updates are the last word on them in custom)
  const lastWord = (n: string) => shadow.has(n) && assignedIn(paramScope.get(n) ?? whole).get(n) === 1;
  const seen = items.map((x) => {
    if (isBarrier(x)) return x;
    const after = afterUpdates(x, fam, lastWord);
    if (after) scopeOf.set(after, scopeOf.get(x) ?? whole);
    return after ?? x;
  });
  const own = count(stmts.slice(header, blockEnd(stmts, header)));
  const outer = count(seen.filter((x): x is Stmt => !isBarrier(x)));
  // a name assigned elsewhere in the function that defines it (not in a sibling function: another variable there)
  const ok = (n: string, x: Stmt) =>
    !shadow.has(n) && (assignedIn(scopeOf.get(x) ?? whole).get(n) ?? 0) <= (outer.get(n) ?? 0) + (own.get(n) ?? 0);
  return seen.filter((x) => isBarrier(x) || namesAssigned(x, fam).every((n) => ok(n, x)));
}

/**
 * A statement whose value assigns names inside it, `(a = Math.max(1, a))`, `(p /= tau)`, read as a
 * later scope sees it: each such group is the name's new value, so it becomes the name itself
 * (`Math.asin(1 / (a)) * (p)`). Only when `lastWord` says no other statement assigns the name, and
 * the name occurs nowhere else in the statement (where it would be its old value); else undefined.
 */
function afterUpdates(s: Stmt, fam: Family, lastWord: (n: string) => boolean): Stmt | undefined {
  const t = s.toks;
  const drop = new Set<number>();
  const groups = new Map<string, number>();
  for (let k = 1; k < t.length - 1; k++) {
    const op = t[k + 1];
    if (t[k].kind !== 'id' || t[k - 1].text !== '(' || op.kind !== 'op' || assignmentOp(op.text, fam) === undefined) continue;
    if (!lastWord(t[k].text) || groups.has(t[k].text)) return undefined;
    const end = matchClose(t, k - 1) - 1; // the group's `)`
    groups.set(t[k].text, k);
    for (let j = k + 1; j < end; j++) drop.add(j);
  }
  if (!groups.size) return undefined;
  for (let k = 0; k < t.length; k++) {
    if (t[k].kind === 'id' && groups.has(t[k].text) && groups.get(t[k].text) !== k && !drop.has(k) && t[k - 1]?.text !== '.')
      return undefined;
    if (t[k].kind === 'op' && (t[k].text === '++' || t[k].text === '--')) return undefined;
  }
  return { ...s, toks: t.filter((_, k) => !drop.has(k)) };
}
