// Finding derivatives written by hand in the document text: variables or functions named like
// `grad_f`, `f_grad`, `df_dx`, `dfdx`, `dloss_dw`, `grad_w`, or a name the user chose. Only text is
// read (the extension never runs the user's code); the caller evaluates each component.

/** A hand-written component: its text, the variable it differentiates by, and where it is. */
export interface FoundComponent {
  variable: string;
  text: string;
  /** 0-based line of the component's text. */
  line: number;
}

export interface FoundDerivative {
  name: string;
  /** 0-based line of the definition. */
  line: number;
  components: FoundComponent[];
  /** Assignments inside a hand-written gradient function, in order (`s = sigmoid(x*y)`). */
  locals: { name: string; text: string }[];
  /** The function's parameters, when it is a function (they name the variables in order). */
  params?: string[];
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Names a scalar ∂target/∂v is commonly written as. */
export function scalarNames(target: string, v: string): string[] {
  return [`d${target}_d${v}`, `d${target}d${v}`, `d${target}_${v}`, `grad_${v}`, `${target}_grad_${v}`, `grad_${target}_${v}`];
}

/** Names a whole gradient is commonly written as. */
export function vectorNames(target: string): string[] {
  return [`grad_${target}`, `${target}_grad`, `grad${target}`, `d${target}`, `gradient_${target}`, `${target}_gradient`, `nabla_${target}`];
}

/**
 * Hand-written derivatives of `target` with respect to `variables` in `text`. `extraNames` are
 * names the user picked (a vector of components in the order of `variables`).
 */
export function findHandwritten(
  text: string,
  target: string,
  variables: readonly string[],
  extraNames: readonly string[] = [],
): FoundDerivative[] {
  const lines = lineStarts(text);
  const found: FoundDerivative[] = [];
  const seen = new Set<string>();
  for (const name of [...new Set([...extraNames, ...vectorNames(target)])]) {
    const fnDef = findFunction(text, name);
    if (fnDef) {
      const comps = splitVector(fnDef.returnText, fnDef.returnOffset);
      if (comps) {
        const vars = orderVariables(fnDef.params, variables);
        found.push({
          name,
          line: lineOf(lines, fnDef.offset),
          params: fnDef.params,
          locals: fnDef.locals,
          components: comps.slice(0, vars.length).map((c, k) => ({ variable: vars[k], text: c.text, line: lineOf(lines, c.offset) })),
        });
        seen.add(name);
        continue;
      }
    }
    const asg = findAssignment(text, name);
    if (asg) {
      const comps = splitVector(asg.text, asg.offset);
      if (comps && comps.length >= variables.length) {
        found.push({
          name,
          line: lineOf(lines, asg.lhsOffset),
          locals: [],
          components: comps
            .slice(0, variables.length)
            .map((c, k) => ({ variable: variables[k], text: c.text, line: lineOf(lines, c.offset) })),
        });
        seen.add(name);
      }
    }
  }
  for (const v of variables) {
    for (const name of scalarNames(target, v)) {
      if (seen.has(name)) continue;
      const fnDef = findFunction(text, name);
      const asg = fnDef ? undefined : findAssignment(text, name);
      const t = fnDef ? { text: fnDef.returnText, offset: fnDef.returnOffset } : asg;
      if (!t || splitVector(t.text, t.offset)) continue;
      found.push({
        name,
        line: lineOf(lines, fnDef ? fnDef.offset : asg!.lhsOffset),
        params: fnDef?.params,
        locals: fnDef?.locals ?? [],
        components: [{ variable: v, text: t.text.trim(), line: lineOf(lines, t.offset + (t.text.length - t.text.trimStart().length)) }],
      });
      seen.add(name);
      break;
    }
  }
  return found;
}

/** Function parameters name the variables; fall back to the expression's own order. */
function orderVariables(params: string[], variables: readonly string[]): string[] {
  return params.length === variables.length && params.every((p) => variables.includes(p)) ? params : [...variables];
}

/** Offsets where each line starts (shared with the gradient pairing's file reader). */
export function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') out.push(i + 1);
  return out;
}

/** 0-based line of an offset, by binary search in `lineStarts`. */
export function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The end of an expression starting at `from`: a newline or `;` outside brackets. */
function expressionEnd(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return i;
      depth--;
    } else if (depth === 0 && (c === '\n' || c === ';' || c === '#')) {
      // A trailing backslash or operator continues the line (Python, MATLAB `...`).
      if (c === '\n' && /(\\|\.\.\.|[+\-*/,(])\s*$/.test(text.slice(from, i))) continue;
      return i;
    } else if (depth === 0 && c === '/' && text[i + 1] === '/') return i;
  }
  return text.length;
}

/** `name = <expr>` (also `const/let/var/double name =`, `name <- ` in R); the last one wins. */
function findAssignment(text: string, name: string): { text: string; offset: number; lhsOffset: number } | undefined {
  const re = new RegExp(
    `(^|[\\s;{(])(?:(?:const|let|var|double|float|auto|local)\\s+)?(${esc(name)})\\s*(?::\\s*[\\w\\[\\]]+\\s*)?(?:=(?!=)|<-)`,
    'gm',
  );
  let m: RegExpExecArray | null;
  let last: { text: string; offset: number; lhsOffset: number } | undefined;
  while ((m = re.exec(text))) {
    const start = m.index + m[0].length;
    const end = expressionEnd(text, start);
    last = { text: text.slice(start, end), offset: start, lhsOffset: m.index + m[1].length };
  }
  return last;
}

interface FunctionDef {
  offset: number;
  params: string[];
  returnText: string;
  returnOffset: number;
  locals: { name: string; text: string }[];
}

/** `def name(a, b): ... return <expr>`, `function name(a, b) { ... return <expr>; }`, arrow functions, Julia/MATLAB/R forms. */
function findFunction(text: string, name: string): FunctionDef | undefined {
  const n = esc(name);
  const heads = [
    new RegExp(`\\bdef\\s+${n}\\s*\\(([^)]*)\\)[^:]*:`, 'g'),
    new RegExp(`\\bfunction\\s+${n}\\s*\\(([^)]*)\\)`, 'g'),
    new RegExp(`\\b(?:const|let|var)\\s+${n}\\s*=\\s*(?:function\\s*)?\\(([^)]*)\\)\\s*(?:=>)?`, 'g'),
    new RegExp(`\\b${n}\\s*<-\\s*function\\s*\\(([^)]*)\\)`, 'g'),
    new RegExp(`^[\\w:<>,\\s*&]*?\\b${n}\\s*\\(([^)]*)\\)\\s*\\{`, 'gm'),
  ];
  for (const re of heads) {
    const m = re.exec(text);
    if (!m) continue;
    const params = m[1]
      .split(',')
      .map((p) =>
        p
          .replace(/[:=].*$/s, '')
          .replace(/^.*?([A-Za-z_]\w*)\s*$/s, '$1')
          .trim(),
      )
      .filter(Boolean);
    const bodyStart = m.index + m[0].length;
    const bodyEnd = blockEnd(text, bodyStart);
    const body = text.slice(bodyStart, bodyEnd);
    // An arrow function with an expression body: `(x, y) => [..]`.
    const arrow = /=>\s*$/.test(m[0]) && !/^\s*\{/.test(body);
    let returnOffset: number;
    if (arrow) {
      returnOffset = bodyStart;
    } else {
      const r = /\breturn\b\s*/g.exec(body);
      if (!r) continue;
      returnOffset = bodyStart + r.index + r[0].length;
    }
    const returnText = text.slice(returnOffset, expressionEnd(text, returnOffset));
    const locals: { name: string; text: string }[] = [];
    const asg = /(^|[\s;{])(?:(?:const|let|var|double|float|auto)\s+)?([A-Za-z_]\w*)\s*(?:=(?!=)|<-)/gm;
    let a: RegExpExecArray | null;
    const beforeReturn = text.slice(bodyStart, returnOffset);
    while ((a = asg.exec(beforeReturn))) {
      const s = bodyStart + a.index + a[0].length;
      locals.push({ name: a[2], text: text.slice(s, expressionEnd(text, s)).trim() });
    }
    return { offset: m.index, params, returnText, returnOffset, locals };
  }
  return undefined;
}

/** Where a function body ends: the matching `}` for braces, else the next unindented line. */
function blockEnd(text: string, from: number): number {
  const rest = text.slice(from);
  if (/^\s*\{/.test(rest)) {
    let depth = 0;
    for (let i = from; i < text.length; i++) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}' && --depth === 0) return i;
    }
    return text.length;
  }
  const next = /\n(?=\S)/g;
  next.lastIndex = from;
  const m = next.exec(text);
  return m ? m.index : text.length;
}

/**
 * A vector literal `[a, b]`, `(a, b)`, `np.array([a, b])`, `torch.tensor([..])`, `c(a, b)`, or a
 * bare `a, b` (Python tuple return): its components with offsets; undefined for a scalar.
 */
export function splitVector(text: string, offset: number): { text: string; offset: number }[] | undefined {
  let t = text;
  let base = offset;
  const lead = t.length - t.trimStart().length;
  t = t.trim();
  base += lead;
  const wrapper = /^(?:(?:np|numpy|jnp|torch|tf)\.(?:array|asarray|stack|tensor|hstack)|c|vec|list|tuple)?\s*\(/.exec(t);
  if (wrapper && matching(t, wrapper[0].length - 1) === t.length - 1 && (wrapper[0].length > 1 || hasTopLevelComma(t.slice(1, -1)))) {
    base += wrapper[0].length;
    t = t.slice(wrapper[0].length, -1);
    const lead2 = t.length - t.trimStart().length;
    base += lead2;
    t = t.trim();
  }
  if (t.startsWith('[') && matching(t, 0) === t.length - 1) {
    base += 1;
    t = t.slice(1, -1);
  } else if (!hasTopLevelComma(t)) {
    return undefined;
  }
  const parts: { text: string; offset: number }[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= t.length; i++) {
    const c = t[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    if (i === t.length || ((c === ',' || c === ';') && depth === 0)) {
      const raw = t.slice(start, i);
      const l = raw.length - raw.trimStart().length;
      if (raw.trim()) parts.push({ text: raw.trim(), offset: base + start + l });
      start = i + 1;
    }
  }
  return parts.length >= 1 ? parts : undefined;
}

function matching(t: string, open: number): number {
  let depth = 0;
  for (let i = open; i < t.length; i++) {
    if ('([{'.includes(t[i])) depth++;
    else if (')]}'.includes(t[i]) && --depth === 0) return i;
  }
  return -1;
}

function hasTopLevelComma(t: string): boolean {
  let depth = 0;
  for (const c of t) {
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (c === ',' && depth === 0) return true;
  }
  return false;
}
