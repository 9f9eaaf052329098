// Checks one pair: reads the objective and the gradient (execute.ts), differentiates the
// objective symbolically, and compares each hand-written component with the derivative by the
// coordinate it is written for, at the call's x0 and at deterministic random points where both
// are finite. A pair that cannot be read fully gets an error saying what and where, no verdict.
import { compile, freeVariables, gradient, num, type Expr } from '../expr';
import { DEFAULT_RTOL, DEFAULT_ATOL } from '../numeric/gradcheck';
import type { ComponentResult, PairResult, ParamPoint, ParamValue } from './types';
import { BLOCK, blockKey, execute, type ExecResult, type Item, type Value } from './execute';
import { spellComponent, vectorLang, type VectorLang } from './langs';
import type { PairSpec } from './pairing';
import type { FnDef, Source } from './source';
import { verifyVectorized } from './vectorized';
import { seeded } from '../numeric/random';

export interface VerifyOptions {
  at?: ParamPoint;
  /** A length to assume for x when nothing in the text gives it. */
  n?: number;
  rtol?: number;
  atol?: number;
}

const RANDOM_POINTS = 2;
const ASSUMED_LENGTHS = [4, 3];

export function verifyPair(src: Source, vl: VectorLang, spec: PairSpec, opts: VerifyOptions): PairResult {
  const base: PairResult = {
    objective: { name: spec.objective.name, line: spec.objective.line },
    gradient: { name: spec.gradient.name, line: spec.gradient.line },
    pairing: spec.pairing,
    variables: [],
    points: [],
    ok: false,
    components: [],
  };
  const fail = (error: string): PairResult => ({ ...base, error });
  try {
    const r = run(src, vl, spec, opts, base, fail);
    // whole arrays and slices: read as array code when the bodies are straight-line (vectorized.ts)
    if (r.error && /^vectorized objective/.test(r.error)) return verifyVectorized(src, spec, opts, base) ?? r;
    // loops over len(x) with no x0 to give the length: check at a few lengths (the gradient must hold for each)
    if (r.error && /not known from the text/.test(r.error) && !spec.x0 && !opts.at) {
      for (const n of ASSUMED_LENGTHS) {
        const again = run(src, vl, { ...spec, x0: undefined }, { ...opts, n }, base, fail);
        if (!again.error)
          return {
            ...again,
            note: `the length of ${again.variables[0]?.replace(/[[(].*$/, '') ?? 'x'} is not known from the text: checked with ${n} components`,
          };
      }
    }
    return r;
  } catch (e) {
    return fail(`${spec.objective.name}: ${(e as Error).message}`);
  }
}

function run(
  src: Source,
  vl: VectorLang,
  spec: PairSpec,
  opts: VerifyOptions,
  base: PairResult,
  fail: (e: string) => PairResult,
): PairResult {
  const obj = spec.objective;
  const combined = spec.combined;
  const xName = obj.params[spec.xParam];
  if (xName === undefined) return fail(`${obj.name} at line ${obj.line} has no parameter for x`);
  const atX = opts.at?.[xName];
  const n0 = Array.isArray(atX) ? atX.length : (spec.x0?.length ?? opts.n);
  const lengthNames = combined?.kind === 'out' && combined.lengthParam !== undefined ? [obj.params[combined.lengthParam]] : [];
  // the objective's parameters: x, the output of a combined objective, data by name
  const oParams = new Map<string, Value>();
  obj.params.forEach((p, i) => {
    if (combined?.kind === 'out' && (i === combined.outParam || i === combined.residualParam))
      oParams.set(p, { kind: 'array', items: new Map(), line: obj.line });
    else if (!lengthNames.includes(p)) oParams.set(p, { kind: 'param', canon: p });
  });
  const o = execute({ src, vl, fn: obj, params: oParams, n: n0, lengthNames, x: xName });
  if (o.errors.length) return fail(o.errors[0].message);
  // the objective's value and, for combined forms, its gradient
  let fVal: Value | undefined;
  let gVal: Value | undefined;
  let gFrom: ExecResult = o;
  if (combined?.kind === 'tuple') {
    const r = o.returned;
    if (r?.kind !== 'tuple' || r.values.length < 2)
      return fail(`${obj.name} at line ${obj.line} should return the value and the gradient${spec.fromCall ? ` (${spec.pairing})` : ''}`);
    // R nloptr: list("objective" = …, "gradient" = …)
    const named = (n: string) => (r.names ? r.values[r.names.indexOf(n)] : undefined);
    fVal = named('objective') ?? r.values[0];
    gVal = named('gradient') ?? r.values[1];
  } else if (combined?.kind === 'outputs') {
    fVal = o.env.get(obj.outputs![0]);
    gVal = o.env.get(obj.outputs![1]);
  } else {
    fVal = obj.outputs?.length ? o.env.get(obj.outputs[0]) : o.returned;
    // Ceres: the objective is the residual written into residuals[0]
    if (combined?.kind === 'out' && combined.residualParam !== undefined) {
      const r = o.env.get(obj.params[combined.residualParam]);
      const it = r?.kind === 'array' ? r.items.get(vl.base) : undefined;
      if (r?.kind === 'array' && r.items.size > 1)
        return fail(`${obj.name} at line ${obj.line} writes ${r.items.size} residuals; one residual is read`);
      fVal = it ? { kind: 'scalar', e: it.e, line: it.line } : undefined;
    }
    if (combined?.kind === 'out') gVal = o.env.get(obj.params[combined.outParam]);
    if (combined?.kind === 'attr') gVal = fVal?.kind === 'scalar' ? fVal.attr : undefined;
  }
  if (fVal?.kind !== 'scalar') return fail(`${obj.name} at line ${obj.line}: ${fVal ? 'the value is not a scalar' : 'no value returned'}`);
  if (!combined) {
    const g = spec.gradient;
    const out = outputParam(src, vl, g);
    const gParams = new Map<string, Value>();
    // the gradient's other parameters stand for the objective's, in order (x, then data)
    const objRest = obj.params;
    let k = 0;
    g.params.forEach((p, i) => {
      if (i === out) {
        gParams.set(p, { kind: 'array', items: new Map(), line: g.line });
        return;
      }
      const op = objRest[k++];
      gParams.set(p, { kind: 'param', canon: op ?? p });
    });
    const r = execute({ src, vl, fn: g, params: gParams, n: n0, x: xName });
    if (r.errors.length) return fail(r.errors[0].message);
    gFrom = r;
    gVal = out !== undefined ? r.env.get(g.params[out]) : g.outputs?.length ? r.env.get(g.outputs[0]) : r.returned;
  }
  if (!gVal) return fail(`${spec.gradient.name} at line ${spec.gradient.line}: no gradient written or returned`);
  // the variables: x's components, or x itself when it is a scalar (or every scalar parameter of f(x, y))
  const indexedLine = o.indexed.get(xName) ?? gFrom.indexed.get(xName);
  const bareLine = o.bare.get(xName) ?? gFrom.bare.get(xName);
  const vectorMode = indexedLine !== undefined || (n0 !== undefined && n0 > 1);
  if (vectorMode && bareLine !== undefined) {
    return fail(`vectorized objective: ${xName} used as a whole array at line ${bareLine} is not supported yet`);
  }
  const fExpr = fVal.e;
  let variables: string[];
  let spelled: string[];
  let items: (Item | undefined)[];
  const blocks = blockComponents([fExpr, ...(gVal.kind === 'array' ? [...gVal.items.values()].map((i) => i.e) : [])], xName, gVal);
  if (blocks.length) {
    // parameter blocks (Ceres parameters[b][k]): the components the objective reads
    if (gVal.kind !== 'array') return fail(`${spec.gradient.name} at line ${spec.gradient.line}: the gradient is not a vector`);
    const ga = gVal;
    variables = blocks.map(([b, k]) => `${xName}[${b}][${k}]`);
    spelled = variables;
    items = blocks.map(([b, k]) => ga.items.get(blockKey(b, k)));
  } else if (vectorMode) {
    let n = n0;
    if (n === undefined) {
      const idx = [...maxIndex(fExpr, xName), ...(gVal.kind === 'array' ? [...gVal.items.keys()] : [])];
      n = Math.max(...idx, vl.base - 1) - vl.base + 1;
      if (gVal.kind === 'array' && gVal.length !== undefined) n = Math.max(n, gVal.length);
    }
    if (!(n >= 1)) return fail(`${obj.name}: the length of ${xName} is not known`);
    variables = Array.from({ length: n }, (_, k) => `${xName}[${k + vl.base}]`);
    const getter = o.getterUsed.get(xName);
    const paren = o.parenUsed.has(xName);
    spelled = Array.from({ length: n }, (_, k) =>
      getter ? `${getter}(${xName}, ${k + vl.base})` : paren ? `${xName}(${k + vl.base})` : spellComponent(vl, xName, k + vl.base),
    );
    if (gVal.kind !== 'array') return fail(`${spec.gradient.name} at line ${spec.gradient.line}: the gradient is not a vector`);
    const ga = gVal;
    items = variables.map((_, k) => ga.items.get(k + vl.base) ?? (ga.fill ? { e: ga.fill, line: ga.line } : undefined));
    const extra = [...ga.items.keys()].filter((i) => i - vl.base >= n!);
    if (extra.length) return fail(`${spec.gradient.name} writes component ${extra[0]} but ${xName} has ${n} components`);
  } else {
    // scalar x; for pairs found by name, every scalar parameter of the objective is a variable
    const names = spec.only !== undefined ? [spec.only] : spec.fromCall ? [xName] : obj.params.filter((p) => o.bare.has(p) || p === xName);
    variables = names;
    spelled = names;
    if (gVal.kind === 'scalar') {
      if (names.length !== 1) return fail(`${spec.gradient.name} returns one value for ${names.length} variables`);
      items = [{ e: gVal.e, line: gVal.line }];
    } else if (gVal.kind === 'array') {
      const ga = gVal;
      if (ga.items.size !== names.length)
        return fail(`${spec.gradient.name} has ${ga.items.size} components for ${names.length} variables (${names.join(', ')})`);
      items = names.map((_, k) => ga.items.get(k + vl.base));
    } else return fail(`${spec.gradient.name}: the gradient is not understood`);
  }
  const expected = gradient(fExpr, variables);
  // data: every other free name gets a value (given, from the call, or random), the same in both functions
  const handExprs = items.map((it) => it?.e ?? num(NaN));
  const all = [fExpr, ...expected, ...handExprs];
  const free = new Set<string>();
  for (const e of all) for (const v of freeVariables(e)) free.add(v);
  const dataNames = [...free].filter((v) => !variables.includes(v));
  const vars = [...variables, ...dataNames];
  const tape = compile(all, vars);
  const rng = seeded(hash(`${obj.name}|${spec.gradient.name}`));
  const aliases = new Map([...gFrom.aliases, ...o.aliases]);
  const dataSpelled = dataNames.map((d) => {
    const m = /^(.*?)(\[.*)?$/.exec(d)!;
    return (aliases.get(m[1]) ?? m[1]) + (m[2] ?? '');
  });
  const dataValues = dataNames.map(
    (d, k) => dataValue(dataSpelled[k], spec, opts, src) ?? dataValue(d, spec, opts, src) ?? round(0.5 + rng()),
  );
  // points: the user's, else x0 and random points where everything is finite
  const points: number[][] = [];
  const fromAt = opts.at ? pointFromAt(opts.at, xName, variables, vectorMode, vl.base) : undefined;
  if (opts.at && !fromAt) return fail(`--at gives no value for ${xName}${vectorMode ? ` with ${variables.length} components` : ''}`);
  const finiteAt = (x: number[]) => {
    const v = tape([...x, ...dataValues]);
    return v.slice(0, 1 + variables.length).every(Number.isFinite);
  };
  let x0Index = -1;
  if (fromAt) points.push(fromAt);
  else {
    if (spec.x0 && spec.x0.length === variables.length && finiteAt(spec.x0)) {
      points.push(spec.x0);
      x0Index = 0;
    }
    for (let tries = 0; points.length < 1 + RANDOM_POINTS && tries < 60; tries++) {
      const p = randomPoint(variables.length, spec.x0, tries, rng);
      if (finiteAt(p)) points.push(p);
    }
    if (!points.length) return fail(`${obj.name}: no point found where the objective and its derivative are finite`);
  }
  const rtol = opts.rtol ?? DEFAULT_RTOL;
  const atol = opts.atol ?? DEFAULT_ATOL;
  const values = points.map((p) => tape([...p, ...dataValues]));
  const n = variables.length;
  const components: ComponentResult[] = variables.map((_, k) => {
    const it = items[k];
    const line = it?.line ?? spec.gradient.line;
    const variable = spelled[k];
    if (!it) {
      return {
        variable,
        line,
        handwritten: null,
        expected: finiteOrNull(values[0][1 + k]),
        relError: null,
        ok: false,
        point: 0,
        message: `∂${obj.name}/∂${variable} is not written by ${spec.gradient.name}`,
      };
    }
    let worst = 0;
    let ok = true;
    values.forEach((v, pi) => {
      const h = v[1 + n + k];
      const e = v[1 + k];
      const scale = Math.max(...v.slice(1, 1 + n).map(Math.abs));
      const err = Math.abs(h - e);
      const good = Number.isFinite(h) && err <= atol + rtol * Math.max(Math.abs(h), Math.abs(e)) + 1e-10 * scale;
      // the point shown: the first that fails (x0 when it does), else the first (x0)
      if (!good && ok) worst = pi;
      if (!good) ok = false;
    });
    const h = values[worst][1 + n + k];
    const e = values[worst][1 + k];
    const rel = Number.isFinite(h) && e !== 0 ? Math.abs(h - e) / Math.abs(e) : h === e ? 0 : null;
    const res: ComponentResult = {
      variable,
      line,
      handwritten: finiteOrNull(h),
      expected: finiteOrNull(e),
      relError: rel === null || !Number.isFinite(rel) ? null : rel,
      ok,
      point: worst,
    };
    if (!ok)
      res.message = `∂${obj.name}/∂${variable} written here is ${fmt(h)}, the derivative is ${fmt(e)} at ${vectorMode || blocks.length ? pointLabel(points[worst], worst === x0Index ? 'x0' : xName, true) : scalarLabel(variables, points[worst], dataSpelled, dataValues)}`;
    return res;
  });
  const paramPoints: ParamPoint[] = points.map((p) => {
    const pt: ParamPoint = {};
    if (blocks.length) {
      const nested: number[][] = [];
      blocks.forEach(([b, k], i) => {
        (nested[b] ??= [])[k] = p[i];
      });
      pt[xName] = Array.from(nested, (r) => Array.from(r ?? [], (v) => v ?? 0));
    } else if (vectorMode) pt[xName] = p.slice();
    else
      variables.forEach((v, k) => {
        pt[v] = p[k];
      });
    Object.assign(pt, groupData(dataSpelled, dataValues, vl.base));
    return pt;
  });
  return { ...base, variables: spelled, points: paramPoints, ok: components.every((c) => c.ok), components };
}

/** The parameter of a gradient function that it writes into (`storage` in `g!(storage, x)`, `df` in GSL). */
export function outputParam(src: Source, vl: VectorLang, g: FnDef): number | undefined {
  if (g.expr) return undefined;
  const params = new Set(g.params);
  for (let j = g.body[0]; j < g.body[1]; j++) {
    const t = src.stmts[j].toks;
    for (let k = 0; k < t.length; k++) {
      const x = t[k];
      if (x.kind !== 'id' || !params.has(x.text)) continue;
      const prev = t[k - 1];
      if (prev && (prev.text === '.' || prev.text === '::')) continue;
      const setter = k >= 2 && vl.setters[t[k - 2].text] !== undefined && t[k - 1].text === '(' && vl.setters[t[k - 2].text][0] === 0;
      const next = t[k + 1];
      let written = setter || next?.text === '.=';
      if (!written && next && (next.text === '[' || (next.text === '(' && vl.parenIndex))) {
        // x[…] = … (also x[0][k] in Ceres)
        let c = k + 1;
        let d = 0;
        for (; c < t.length; c++) {
          if (t[c].kind === 'open') d++;
          else if (t[c].kind === 'close' && --d === 0) {
            if (t[c + 1]?.text === '[') continue;
            break;
          }
        }
        const op = t[c + 1];
        written = !!op && op.kind === 'op' && /^(=|\+=|-=|\*=|\/=|<-)$/.test(op.text) && k === firstCode(t);
      }
      if (written) return g.params.indexOf(x.text);
    }
  }
  return undefined;
}

function firstCode(t: { kind: string; text: string }[]): number {
  // `if (grad) grad[0] = …` on one line: the write follows the guard
  if (t[0]?.text === 'if' && t[1]?.text === '(') {
    let d = 0;
    for (let k = 1; k < t.length; k++) {
      if (t[k].kind === 'open') d++;
      else if (t[k].kind === 'close' && --d === 0) return k + 1;
    }
  }
  return 0;
}

/** Components `x[b][k]` of parameter blocks read by the objective or written in the gradient, sorted. */
function blockComponents(es: Expr[], x: string, g: Value): [number, number][] {
  const re = new RegExp(`^${x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\[(\\d+)\\]\\[(\\d+)\\]$`);
  const keys = new Set<string>();
  for (const e of es)
    for (const v of freeVariables(e)) {
      const m = re.exec(v);
      if (m) keys.add(`${m[1]},${m[2]}`);
    }
  if (!keys.size) return [];
  if (g.kind === 'array') for (const k of g.items.keys()) if (k >= BLOCK) keys.add(`${Math.floor(k / BLOCK) - 1},${k % BLOCK}`);
  return [...keys].map((k) => k.split(',').map(Number) as [number, number]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

function maxIndex(e: Expr, x: string): number[] {
  const re = new RegExp(`^${x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\[(\\d+)\\]$`);
  return freeVariables(e)
    .map((v) => re.exec(v))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => Number(m[1]));
}

function pointFromAt(at: ParamPoint, xName: string, variables: string[], vectorMode: boolean, base: number): number[] | undefined {
  const nested = variables.map((v) => /\[(\d+)\]\[(\d+)\]$/.exec(v));
  if (nested.every((m) => m)) {
    const v = at[xName];
    const out = nested.map((m) =>
      Array.isArray(v) && Array.isArray(v[Number(m![1])]) ? (v[Number(m![1])] as ParamValue[])[Number(m![2])] : undefined,
    );
    return out.every((e) => typeof e === 'number') ? (out as number[]) : undefined;
  }
  if (vectorMode) {
    const v = at[xName];
    if (!Array.isArray(v) || v.length !== variables.length || !v.every((e) => typeof e === 'number')) return undefined;
    void base;
    return v as number[];
  }
  const out = variables.map((v) => at[v]);
  return out.every((e) => typeof e === 'number') ? (out as number[]) : undefined;
}

/** A value for a data name: given by --at, passed by the call, a constant in the file, else random. */
function dataValue(name: string, spec: PairSpec, opts: VerifyOptions, src: Source): number | undefined {
  const m = /^(.*)\[(\d+)\]$/.exec(name);
  const key = m ? m[1] : name;
  const pick = (v: ParamValue | undefined): number | undefined => {
    if (v === undefined) return undefined;
    if (m) {
      const arr = Array.isArray(v) ? v : undefined;
      const base = vectorLang(src.lang)?.base ?? 0;
      const e = arr?.[Number(m[2]) - base];
      return typeof e === 'number' ? e : undefined;
    }
    return typeof v === 'number' ? v : undefined;
  };
  return pick(opts.at?.[key]) ?? pick(spec.data[key]) ?? (m ? undefined : src.constants.get(name));
}

/** Data values for the points: `p[0]`…`p[4]` as one list `p` when they run from the first index without a gap. */
function groupData(names: string[], values: number[], base: number): ParamPoint {
  const out: ParamPoint = {};
  const groups = new Map<string, Map<number, number>>();
  names.forEach((n, k) => {
    const m = /^(.*)\[(\d+)\]$/.exec(n);
    if (!m) {
      out[n] = values[k];
      return;
    }
    if (!groups.has(m[1])) groups.set(m[1], new Map());
    groups.get(m[1])!.set(Number(m[2]), values[k]);
  });
  for (const [name, g] of groups) {
    const idx = [...g.keys()].sort((a, b) => a - b);
    if (idx.every((i, k) => i === base + k)) out[name] = idx.map((i) => g.get(i)!);
    else for (const i of idx) out[`${name}[${i}]`] = g.get(i)!;
  }
  return out;
}

function randomPoint(n: number, x0: number[] | undefined, attempt: number, rng: () => number): number[] {
  // near x0 first, then a box around the origin, then positive values (logs, square roots)
  const mode = attempt % 3;
  return Array.from({ length: n }, (_, k) => {
    const u = 2 * rng() - 1;
    if (mode === 0 && x0 && x0.length === n) return round(x0[k] + (0.25 + 0.25 * Math.abs(x0[k])) * u);
    if (mode === 2 || (mode === 0 && !x0)) return round(0.2 + 1.6 * rng());
    return round(1.5 * u);
  });
}

/** Short decimals keep the points readable in the report. */
function round(v: number): number {
  return Math.round(v * 1e4) / 1e4 || 0.0001;
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

function finiteOrNull(v: number): number | null {
  return Number.isFinite(v) ? v : null;
}

export function fmt(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const r = Number(v.toPrecision(6));
  return String(r);
}

/** `x = 0.7, y = -1.2` (the coordinates, then the data the check gave values to). */
function scalarLabel(variables: string[], p: number[], data: string[], values: number[]): string {
  return [...variables.map((v, k) => `${v} = ${fmt(p[k])}`), ...data.map((d, k) => `${d} = ${fmt(values[k])}`)].join(', ');
}

function pointLabel(p: number[], name: string, vector: boolean): string {
  const list = p.map(fmt).join(', ');
  return vector || p.length > 1 ? `${name} = [${list}]` : `${name} = ${list}`;
}
