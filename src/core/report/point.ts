// The point a check is made at, as the user types it in the input box ("x = 1.5, y = -2") and as
// it is prefilled (remembered values, constants assigned in the code, a neutral default).
import { COUNT_NAME } from '../syntax';
import { codePoints } from '../syntax/errors';
import { math } from '../mathjs';
import { InputError, Point } from '../types';
import { has, names } from '../names';

/** Away from the usual kinks and domain edges (0 for relu/abs/log/sqrt, 1 for acos...). */
export const DEFAULT_VALUE = 0.5;

export function formatPoint(point: Point, variables: readonly string[] = Object.keys(point)): string {
  return variables.map((v) => `${v} = ${point[v] ?? DEFAULT_VALUE}`).join(', ');
}

/**
 * Parses "x = 1.5, y = -2" (or "1.5, -2" in the order of `variables`). Values may be constant
 * expressions such as `pi/4` or `1e-3`. Errors name the column where the problem is.
 */
export function parsePoint(text: string, variables: readonly string[]): Point {
  const parts = splitTopLevel(text);
  const col = (offset: number) => codePoints(text, 0, offset) + 1; // in characters, as typed
  const point: Point = names();
  const positional = parts.every((p) => !p.text.includes('='));
  if (positional && parts.length !== variables.length) {
    throw new InputError(
      `expected ${variables.length} value${variables.length === 1 ? '' : 's'} (${variables.join(', ')}), got ${parts.length}`,
      1,
    );
  }
  parts.forEach((p, k) => {
    let name: string;
    let valueText: string;
    let valueCol: number;
    if (positional) {
      name = variables[k];
      valueText = p.text;
      valueCol = p.start;
    } else {
      const eq = p.text.indexOf('=');
      if (eq < 0) throw new InputError(`expected "name = value" at column ${col(p.start)}`, col(p.start));
      name = p.text.slice(0, eq).trim();
      valueText = p.text.slice(eq + 1);
      valueCol = p.start + eq + 1;
      if (!variables.includes(name)) {
        throw new InputError(
          `unknown variable '${name}' at column ${col(p.start)} (the variables are ${variables.join(', ')})`,
          col(p.start),
        );
      }
    }
    point[name] = constantValue(valueText, col(valueCol + valueText.indexOf(valueText.trim())));
  });
  const missing = variables.filter((v) => !has(point, v));
  if (missing.length) throw new InputError(`no value for ${missing.join(', ')}`, col(text.length));
  return point;
}

/** The value `text` whose first character is at 1-based `column`. */
function constantValue(text: string, column: number): number {
  const t = text.trim();
  if (!t) throw new InputError(`missing value at column ${column}`, column);
  let v: unknown;
  try {
    v = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t) ? Number(t) : math.evaluate(t, {});
  } catch (e) {
    throw new InputError(`'${t}' at column ${column} is not a number: ${(e as Error).message}`, column);
  }
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new InputError(`'${t}' at column ${column} is not a finite number`, column);
  return v;
}

/** Splits on commas (or semicolons) outside brackets, keeping each part's 0-based start. */
export function splitTopLevel(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    if (i === text.length || ((c === ',' || c === ';') && depth === 0)) {
      const part = text.slice(start, i);
      if (part.trim()) out.push({ text: part, start });
      start = i + 1;
    }
  }
  return out;
}

/**
 * The prefilled point: the user's last values for this expression, else numbers assigned to the
 * variables in the code (`x = 1.5` above the expression), else the neutral default.
 */
export function prefillPoint(variables: readonly string[], remembered: Point | undefined, codeConstants: Point): Point {
  const p: Point = names();
  for (const v of variables) {
    const r = remembered && has(remembered, v) ? remembered[v] : undefined;
    const c = has(codeConstants, v) ? codeConstants[v] : undefined;
    p[v] =
      typeof r === 'number' && Number.isFinite(r)
        ? r
        : typeof c === 'number' && Number.isFinite(c)
          ? c
          : COUNT_NAME.test(v)
            ? 10
            : DEFAULT_VALUE;
  }
  return p;
}

/**
 * Numeric constants assigned in the code before `beforeOffset`: `x = 1.5`, `const w = -0.3;`,
 * `double y = 2;`, `x <- 3` (R). The last assignment before the expression wins.
 */
export function codeConstants(text: string, beforeOffset = text.length): Point {
  const re =
    /(?:^|[;\n{(,]|\b(?:const|let|var|double|float|int|auto|local)\s)\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?:=|<-|:=)\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*(?=$|[;,\n)#/%])/gm;
  const out: Point = names();
  const head = text.slice(0, beforeOffset);
  let m: RegExpExecArray | null;
  while ((m = re.exec(head))) {
    const v = Number(m[2]);
    if (Number.isFinite(v)) out[m[1]] = v;
  }
  return out;
}
