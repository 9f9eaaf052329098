// Tiny runtime schemas for the webview message protocol. Both sides validate what they receive
// (a webview is a separate, less trusted context), so each check returns where a value is wrong
// instead of throwing. No 'vscode' import: the webview bundles this file too.

/** Checks a value; returns undefined when it fits, else a message naming the path that does not. */
export type Check = (value: unknown, path: string) => string | undefined;

export const str: Check = (v, p) => (typeof v === 'string' ? undefined : `${p} should be a string`);
export const bool: Check = (v, p) => (typeof v === 'boolean' ? undefined : `${p} should be a boolean`);
/** A finite number (JSON cannot carry NaN or ±Infinity anyway). */
export const num: Check = (v, p) => (typeof v === 'number' && Number.isFinite(v) ? undefined : `${p} should be a finite number`);
/** A finite number or null (a value that is not finite at the point). */
export const numOrNull: Check = (v, p) => (v === null ? undefined : num(v, p));
export const int: Check = (v, p) => (Number.isInteger(v) ? undefined : `${p} should be an integer`);

export function literal(...values: string[]): Check {
  return (v, p) => (typeof v === 'string' && values.includes(v) ? undefined : `${p} should be one of ${values.join(', ')}`);
}

export function optional(check: Check): Check {
  return (v, p) => (v === undefined ? undefined : check(v, p));
}

export function array(item: Check, maxLength = 1_000_000): Check {
  return (v, p) => {
    if (!Array.isArray(v)) return `${p} should be an array`;
    if (v.length > maxLength) return `${p} is too long`;
    for (let i = 0; i < v.length; i++) {
      const e = item(v[i], `${p}[${i}]`);
      if (e) return e;
    }
    return undefined;
  };
}

/** A plain object with string keys and values that pass `item`. */
export function record(item: Check): Check {
  return (v, p) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return `${p} should be an object`;
    for (const [k, x] of Object.entries(v)) {
      const e = item(x, `${p}.${k}`);
      if (e) return e;
    }
    return undefined;
  };
}

/** An object with (at least) these fields. */
export function object(fields: Record<string, Check>): Check {
  return (v, p) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return `${p} should be an object`;
    const o = v as Record<string, unknown>;
    for (const [k, check] of Object.entries(fields)) {
      const e = check(o[k], `${p}.${k}`);
      if (e) return e;
    }
    return undefined;
  };
}

/** Tagged union on `type`: the check of the matching tag. */
export function tagged(variants: Record<string, Check>): Check {
  return (v, p) => {
    if (typeof v !== 'object' || v === null) return `${p} should be an object`;
    const tag = (v as { type?: unknown }).type;
    if (typeof tag !== 'string' || !Object.prototype.hasOwnProperty.call(variants, tag)) {
      return `${p}.type should be one of ${Object.keys(variants).join(', ')}`;
    }
    return variants[tag](v, p);
  };
}
