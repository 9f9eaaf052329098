// Which function is the gradient of which: stated by an optimizer or checker call (the table in
// calls.ts), by struct fields (GSL), by the user, or, failing those, by naming conventions
// (`rosen_der`, `grad_f`) that never override an explicit call.
import type { Token } from '../document/lex';
import { matchClose, splitTop } from '../document/brackets';
import { lambdaIn } from '../document/shape';
import type { Stmt } from '../document/statements';
import { scalarNames, vectorNames } from '../report/handwritten';
import type { FileNote, ParamValue } from './types';
import {
  CALL_PATTERNS,
  CLASS_COMBINED,
  CLASS_PAIRS,
  FIELD_PATTERNS,
  LIST_PAIRS,
  R_OPTIONS,
  type CallPattern,
  type Combined,
} from './calls';
import { literalValue } from './literals';
import { resolveFn, type FnDef, type Source } from './source';
import { vectorLang } from './langs';
import { outputParam } from './verify';

export interface PairSpec {
  objective: FnDef;
  /** The gradient function; the objective itself for a combined one. */
  gradient: FnDef;
  combined?: Combined;
  /** "minimize(rosen, x0, jac=rosen_der) at line 12", "name rosen_der", "by hand". */
  pairing: string;
  /** The call states x (call pairs): only the objective's x is a variable; otherwise scalar parameters may all be. */
  fromCall: boolean;
  xParam: number;
  x0?: number[];
  /** A single partial derivative (`df_dy`): the parameter it is for. */
  only?: string;
  /** Values for the objective's other parameters by name (args=(…), R `...`), when known. */
  data: Record<string, ParamValue | undefined>;
  line: number;
}

interface Arg {
  kw?: string;
  range: [number, number];
}

const isOp = (t: Token | undefined, s: string) => !!t && t.text === s && t.kind !== 'str';

export function findPairs(src: Source, userPairs: { objective: string; gradient: string }[], notes: FileNote[]): PairSpec[] {
  const out: PairSpec[] = [];
  const add = (p: PairSpec) => {
    // the same two definitions stated twice (a name may be defined in several scopes: compare definitions)
    const i = out.findIndex((q) => q.objective === p.objective && q.gradient === p.gradient && q.only === p.only);
    if (i >= 0) {
      // the same pair stated twice: keep the statement that gives an x0
      if (!out[i].x0 && p.x0) out[i] = p;
      return;
    }
    out.push(p);
  };
  for (const u of userPairs) {
    const o = resolveFn(src, u.objective);
    const g = resolveFn(src, u.gradient);
    if (!o || !g) {
      notes.push({
        line: 1,
        message: `pair ${u.objective}:${u.gradient}: ${!o ? u.objective : u.gradient} is not a function defined in this file`,
      });
      continue;
    }
    add({ objective: o, gradient: g, pairing: 'by hand', fromCall: false, xParam: 0, data: {}, line: o.line });
  }
  callPairs(src, notes, add);
  fieldPairs(src, add);
  classPairs(src, add);
  for (const [container, entries] of src.lists) {
    for (const [o, g] of LIST_PAIRS) {
      const of = entries.has(o) ? src.fns.get(entries.get(o)!) : undefined;
      const gf = entries.has(g) ? src.fns.get(entries.get(g)!) : undefined;
      if (!of || !gf) continue;
      add({
        objective: of,
        gradient: gf,
        pairing: `${src.lang === 'r' ? 'list' : 'object'} { ${o}, ${g} } of ${container}`,
        fromCall: true,
        xParam: 0,
        data: {},
        line: of.line,
      });
    }
  }
  namePairs(src, out, add);
  return out;
}

function callPairs(src: Source, notes: FileNote[], add: (p: PairSpec) => void): void {
  const patterns = CALL_PATTERNS.filter((p) => p.langs.includes(src.lang));
  if (!patterns.length) return;
  const byName = new Map<string, CallPattern>();
  for (const p of patterns) for (const n of p.names) byName.set(n, p);
  src.stmts.forEach((s, si) => {
    const t = s.toks;
    for (let k = 0; k < t.length; k++) {
      const x = t[k];
      if (x.kind !== 'id' || !isOp(t[k + 1], '(')) continue;
      const pat = byName.get(x.text);
      if (!pat) continue;
      // `def minimize(…)` or `function optimize(…)` defines, not calls
      if (k > 0 && (t[k - 1].text === 'def' || t[k - 1].text === 'function')) continue;
      const c = matchClose(t, k + 1);
      const args = readArgs(t, k + 2, c - 1);
      const spec = fromCall(src, s, si, pat, x, args, t, k, c, notes);
      if (spec) add(spec);
      k = c - 1;
    }
  });
}

function readArgs(t: Token[], a: number, b: number): Arg[] {
  if (a >= b) return [];
  const out: Arg[] = [];
  // Julia keyword arguments after `;`
  for (const part of splitTop(t, a, b, ';')) {
    for (const [x, y] of lambdaJoined(t, splitTop(t, part[0], part[1]))) {
      if (y <= x) continue;
      if (t[x].kind === 'id' && isOp(t[x + 1], '=') && y > x + 2) out.push({ kw: t[x].text, range: [x + 2, y] });
      else out.push({ range: [x, y] });
    }
  }
  return out;
}

interface FnArg {
  name?: string;
  fn?: FnDef;
  lambda?: boolean;
  data?: Record<string, ParamValue | undefined>;
}

/** Python `lambda x, grad: …` holds top-level commas: its pieces are one argument. */
function lambdaJoined(t: Token[], parts: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < parts.length; i++) {
    const x = parts[i][0];
    let y = parts[i][1];
    if (t[x]?.text === 'lambda') {
      const hasColon = (r: [number, number]) => t.slice(r[0], r[1]).some((k) => k.text === ':');
      while (!hasColon([x, y]) && i + 1 < parts.length) y = parts[++i][1];
    }
    out.push([x, y]);
  }
  return out;
}

/** The function an argument names: `rosen`, `self.grad`, `@rosen`, `&my_f`, or a lambda that only calls one. */
function fnName(src: Source, t: Token[], [a, b]: [number, number], s?: Stmt, si = 0): FnArg | undefined {
  let k = a;
  if (isOp(t[k], '@') || isOp(t[k], '&')) k++;
  const self = (t[k]?.text === 'self' || t[k]?.text === 'this') && isOp(t[k + 1], '.');
  if (self) k += 2;
  if (k === b - 1 && t[k].kind === 'id') {
    const name = t[k].text;
    const fn = resolveFn(src, name, s ? si : undefined, src.lang === 'python' ? self : undefined);
    if (fn) return { name, fn };
    if (src.values.has(name) || /^(True|False|TRUE|FALSE|true|false|None|NULL|nothing|nullptr)$/.test(name)) return undefined;
    return { name };
  }
  // lambdas: `lambda x: g(x)`, `x -> g(x)`, `@(x) g(x)`, `function(x) g(x)`, `(x) => g(x)`
  let [la, lb] = [a, b];
  while (t[la]?.text === '(' && matchClose(t, la, lb) === lb && !lambdaIn(t, la, lb, src.fam)) {
    la++;
    lb--;
  }
  const l = lambdaIn(t, la, lb, src.fam);
  const first = t[a]?.text;
  if (!l) {
    if (
      first === 'lambda' ||
      first === 'function' ||
      (first === '@' && isOp(t[a + 1], '(')) ||
      t.slice(a, b).some((x) => x.text === '=>' || x.text === '->')
    )
      return { lambda: true };
    return undefined;
  }
  return s ? wrapper(src, t, l, s, si) : { lambda: true };
}

/** A lambda that only calls a function of the file, passing its own parameters first and constants after
 *  (`lambda x, grad: myconstraint(x, grad, 2, 0)`): that function, with the constants as its data. */
function wrapper(src: Source, t: Token[], l: { params: string[]; body: [number, number] }, s: Stmt, si: number): FnArg {
  const [a, b] = l.body;
  const callee = t[a];
  if (callee?.kind !== 'id' || !isOp(t[a + 1], '(') || matchClose(t, a + 1, b) !== b) return { lambda: true };
  const fn = resolveFn(src, callee.text, si);
  if (!fn) return { lambda: true };
  const args = b - 1 > a + 2 ? splitTop(t, a + 2, b - 1) : [];
  const data: Record<string, ParamValue | undefined> = {};
  for (let i = 0; i < args.length; i++) {
    const [x, y] = args[i];
    const passed = y === x + 1 && t[x].kind === 'id' ? l.params.indexOf(t[x].text) : -1;
    if (i < l.params.length) {
      if (passed !== i) return { lambda: true };
      continue;
    }
    if (passed >= 0 || !fn.params[i]) return { lambda: true };
    data[fn.params[i]] = literalValue(src, s, [x, y], si);
  }
  return { name: fn.name, fn, data };
}

function fromCall(
  src: Source,
  s: Stmt,
  si: number,
  pat: CallPattern,
  callee: Token,
  args: Arg[],
  t: Token[],
  k: number,
  c: number,
  notes: FileNote[],
): PairSpec | undefined {
  const line = src.lineAt(callee.start);
  const roles: Partial<Record<'objective' | 'gradient', FnArg>> = {};
  const plain: Arg[] = [];
  let fi = 0;
  const positional = args.filter((a) => !a.kw);
  if (pat.at) {
    const { objective, gradient, x0 } = pat.at;
    const o = positional[objective] && fnName(src, t, positional[objective].range, s, si);
    if (o) roles.objective = o;
    const g = gradient !== undefined && positional[gradient] ? fnName(src, t, positional[gradient].range, s, si) : undefined;
    if (g) roles.gradient = g;
    if (x0 !== undefined && positional[x0]) plain.push(positional[x0]);
  }
  for (const a of pat.at ? [] : args) {
    if (a.kw) continue;
    const f = fi < pat.fns.length ? fnName(src, t, a.range, s, si) : undefined;
    if (f) {
      const role = pat.fns[fi++];
      if (role === 'objective' || role === 'gradient') roles[role] = f;
    } else plain.push(a);
  }
  for (const a of args) {
    if (!a.kw) continue;
    for (const role of ['objective', 'gradient'] as const) {
      if (pat.kw[role]?.includes(a.kw)) {
        const f = fnName(src, t, a.range, s, si);
        if (f) roles[role] = f;
      }
    }
  }
  const callText = src.text.slice(callee.start, t[c - 1].end).replace(/\s+/g, ' ');
  const shortCall = callText.length > 80 ? callText.slice(0, 77) + '…' : callText;
  const o = roles.objective;
  const g = roles.gradient;
  let combined = pat.combined;
  if (pat.combinedFlag) {
    const flag = args.find((a) => a.kw === pat.combinedFlag!.kw);
    if (flag && src.text.slice(t[flag.range[0]].start, t[flag.range[1] - 1].end).trim() === pat.combinedFlag.value)
      combined = pat.combinedFlag.combined;
  }
  if (!o) return undefined;
  if (o.lambda || (g && g.lambda)) {
    notes.push({ line, message: `${shortCall} at line ${line}: a lambda as ${o.lambda ? 'objective' : 'gradient'} is not read yet` });
    return undefined;
  }
  if (!o.fn) {
    notes.push({ line, message: `${shortCall} at line ${line}: ${o.name} is not defined in this file` });
    return undefined;
  }
  if (g && !g.fn) {
    notes.push({ line, message: `${shortCall} at line ${line}: ${g.name} is not defined in this file` });
    return undefined;
  }
  // no gradient function: the objective must hand back its own (or there is nothing to check)
  if (!g) {
    if (!combined) return undefined;
    if (combined.kind === 'outputs' && !(o.fn.outputs && o.fn.outputs.length >= 2)) return undefined;
  } else combined = undefined;
  // x0 and the objective's extra arguments
  let x0: number[] | undefined;
  const x0Arg =
    args.find((a) => a.kw && pat.kw.x0?.includes(a.kw)) ?? (pat.at ? plain[0] : pat.x0 !== undefined ? plain[pat.x0] : undefined);
  if (x0Arg) {
    const v = literalValue(src, s, x0Arg.range, si);
    if (Array.isArray(v) && v.every((e) => typeof e === 'number')) x0 = v as number[];
    else if (typeof v === 'number') x0 = [v];
  }
  const objective = o.fn;
  const xParam = combined?.kind === 'out' ? combined.xParam : (pat.xParam ?? 0);
  const data: Record<string, ParamValue | undefined> = { ...o.data };
  const rest = objective.params.filter(
    (_, i) =>
      i !== xParam &&
      !(combined?.kind === 'out' && (i === combined.outParam || i === combined.lengthParam || i === combined.residualParam)),
  );
  const argsKw = args.find((a) => a.kw && pat.kw.args?.includes(a.kw));
  let extra: [number, number][] = [];
  if (argsKw) {
    const [a, b] = argsKw.range;
    const inner = t[a].kind === 'open' && matchClose(t, a, b) === b ? [a + 1, b - 1] : [a, b];
    extra = splitTop(t, inner[0], inner[1]).filter(([x, y]) => y > x);
  } else if (pat.restArgs !== undefined) {
    extra = plain.slice(pat.restArgs).map((a) => a.range);
  }
  extra.forEach((r, i) => {
    if (rest[i]) data[rest[i]] = literalValue(src, s, r, si);
  });
  if (pat.namedDots) {
    for (const a of args) {
      if (!a.kw || R_OPTIONS.has(a.kw) || Object.values(pat.kw).some((ks) => ks?.includes(a.kw!))) continue;
      if (objective.params.includes(a.kw)) data[a.kw] = literalValue(src, s, a.range, si);
    }
  }
  return {
    objective,
    gradient: g?.fn ?? objective,
    ...(combined ? { combined } : {}),
    pairing: `${shortCall} at line ${line}`,
    fromCall: true,
    xParam,
    ...(x0 ? { x0 } : {}),
    data,
    line,
  };
}

/** C++ classes: ensmallen's `C::Evaluate` / `C::Gradient`, Ceres `FirstOrderFunction::Evaluate(parameters, cost, gradient)`. */
function classPairs(src: Source, add: (p: PairSpec) => void): void {
  if (src.lang !== 'cpp') return;
  for (const f of src.fns.values()) {
    const m = /^(.*)::([A-Za-z_]\w*)$/.exec(f.name);
    if (!m) continue;
    const [, cls, method] = m;
    for (const [o, g] of CLASS_PAIRS) {
      const gf = method === o ? src.fns.get(`${cls}::${g}`) : undefined;
      if (gf)
        add({ objective: f, gradient: gf, pairing: `class ${cls}: ${o} and ${g}`, fromCall: true, xParam: 0, data: {}, line: f.line });
    }
    for (const c of CLASS_COMBINED) {
      if (method !== c.method) continue;
      const base = new RegExp(`\\b(?:class|struct)\\s+${cls.replace(/.*::/, '')}\\b[^{;]*:[^{;]*\\b${c.base}\\b`);
      if (!base.test(src.text)) continue;
      const xParam = c.combined.kind === 'out' ? c.combined.xParam : 0;
      add({
        objective: f,
        gradient: f,
        combined: c.combined,
        pairing: `class ${cls}: ${c.base}::${method}`,
        fromCall: true,
        xParam,
        data: {},
        line: f.line,
      });
    }
  }
}

/** GSL `F.f = &my_f; F.df = &my_df;` (same struct), Julia NLopt `opt.min_objective = f`. */
function fieldPairs(src: Source, add: (p: PairSpec) => void): void {
  const pats = FIELD_PATTERNS.filter((p) => p.langs.includes(src.lang));
  if (!pats.length) return;
  const fields = new Map<string, Map<string, { fn: FnDef; line: number }>>();
  src.stmts.forEach((s, i) => {
    const sh = src.shapes[i];
    if (sh.kind !== 'assign' || !sh.target || !sh.value || sh.op?.text !== '=') return;
    const t = s.toks;
    const [ta, tb] = sh.target;
    if (tb - ta < 3 || !(isOp(t[tb - 2], '.') || isOp(t[tb - 2], '->')) || t[tb - 1].kind !== 'id') return;
    const base = src.text.slice(t[ta].start, t[tb - 2].start);
    let va = sh.value[0];
    const vb = sh.value[1];
    if (isOp(t[va], '&')) va++;
    if (vb - va !== 1 || t[va].kind !== 'id') return;
    const fn = resolveFn(src, t[va].text);
    if (!fn) return;
    if (!fields.has(base)) fields.set(base, new Map());
    fields.get(base)!.set(t[tb - 1].text, { fn, line: src.lineAt(s.start) });
  });
  for (const [base, f] of fields) {
    for (const p of pats) {
      const o = f.get(p.objective);
      if (!o) continue;
      const g = p.gradient ? f.get(p.gradient) : undefined;
      if (p.gradient && !g) continue;
      const xParam = p.combined?.kind === 'out' ? p.combined.xParam : 0;
      add({
        objective: o.fn,
        gradient: g?.fn ?? o.fn,
        ...(p.combined ? { combined: p.combined } : {}),
        pairing: `${p.what} ${base}.${p.objective}${g ? ` / ${base}.${p.gradient}` : ''} at line ${o.line}`,
        fromCall: true,
        xParam,
        data: {},
        line: o.line,
      });
    }
  }
}

/** Gradient names for an objective named `f`, widened from the report's conventions. */
export function gradientNames(f: string): string[] {
  return [
    ...vectorNames(f),
    `${f}_der`,
    `der_${f}`,
    `${f}_deriv`,
    `${f}_derivative`,
    `${f}_prime`,
    `${f}prime`,
    `${f}_jac`,
    `${f}_jacobian`,
    `${f}_gradient!`,
    `${f}_grad!`,
    `∇${f}`,
    `${f}_fprime`,
  ];
}

/** MATLAB `[f, g] = fun(x)`: a second output named like a gradient (fminunc's convention). */
const GRADIENT_OUTPUT = /^(g|gr|grad|gradient|df|dfdx|gf|gradf|fgrad|G|jac)$/;
/** A parameter an objective writes its gradient into. */
const GRADIENT_PARAM = /^(g|gr|grad|gradient|df|dfdx|storage|G|fxprime|jac|grad_f|gradf)$/;
const LENGTH_PARAM = /^(n|N|dim|ndim|nvar|nx)$/;

/** Whether the function's body reads `p[k]`, `p(k)` or a getter of p. */
function readsComponents(src: Source, f: FnDef, p: string): boolean {
  for (let j = f.body[0]; j < f.body[1]; j++) {
    const t = src.stmts[j].toks;
    for (let k = 0; k + 1 < t.length; k++)
      if (t[k].text === p && t[k].kind === 'id' && (t[k + 1].text === '[' || t[k + 1].text === '(') && t[k - 1]?.text !== '.') return true;
  }
  return false;
}

function namePairs(src: Source, explicit: PairSpec[], add: (p: PairSpec) => void): void {
  const vl = vectorLang(src.lang);
  const objectives = new Set(explicit.map((p) => p.objective.name));
  const gradients = new Set(explicit.map((p) => p.gradient.name));
  for (const f of src.fns.values()) {
    if (objectives.has(f.name) || gradients.has(f.name)) continue;
    if (f.outputs && f.outputs.length >= 2 && GRADIENT_OUTPUT.test(f.outputs[1])) {
      add({
        objective: f,
        gradient: f,
        combined: { kind: 'outputs' },
        pairing: `outputs [${f.outputs.join(', ')}] of ${f.name}`,
        fromCall: false,
        xParam: 0,
        data: {},
        line: f.line,
      });
      continue;
    }
    // an objective that writes its gradient into a parameter named like one (NLopt's f(n, x, grad, data))
    const out = vl ? outputParam(src, vl, f) : undefined;
    if (out !== undefined && GRADIENT_PARAM.test(f.params[out])) {
      // x: the parameter read by component, else the first other one (`const [x, y] = X`)
      let xParam = f.params.findIndex((p, i) => i !== out && readsComponents(src, f, p));
      if (xParam < 0) xParam = f.params.findIndex((p, i) => i !== out && !LENGTH_PARAM.test(p));
      if (xParam >= 0) {
        const len = f.params.findIndex((p, i) => i < xParam && LENGTH_PARAM.test(p));
        add({
          objective: f,
          gradient: f,
          combined: { kind: 'out', xParam, outParam: out, ...(len >= 0 ? { lengthParam: len } : {}) },
          pairing: `${f.name} writes its gradient into ${f.params[out]}`,
          fromCall: false,
          xParam,
          data: {},
          line: f.line,
        });
        continue;
      }
    }
    for (const gname of gradientNames(f.name)) {
      const g = src.fns.get(gname);
      if (!g || gradients.has(g.name) || g === f) continue;
      add({ objective: f, gradient: g, pairing: `name ${g.name}`, fromCall: false, xParam: 0, data: {}, line: f.line });
      break;
    }
    // one partial derivative by name: df_dy for f(x, y), dg_dw for g(w)
    f.params.forEach((v, i) => {
      for (const gname of scalarNames(f.name, v)) {
        const g = src.fns.get(gname);
        if (!g || gradients.has(g.name) || g === f || gname === `grad_${v}` || gname.startsWith('grad_')) continue;
        add({ objective: f, gradient: g, pairing: `name ${g.name}`, fromCall: false, xParam: i, only: v, data: {}, line: f.line });
        break;
      }
    });
  }
}
