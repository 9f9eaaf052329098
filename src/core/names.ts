// Records keyed by names from the user's text (variables, points, definitions, helpers). A plain `{}`
// inherits Object.prototype: `'constructor' in {}` is true and `o.__proto__ = 1` sets the prototype
// instead of a key, so a variable called constructor or __proto__ would silently vanish. Every such
// record is made by `names()` (no prototype) and read through `has()` (own keys only).

/** A record with no prototype: every string, `__proto__` included, is a plain key. */
export function names<T>(entries?: Iterable<readonly [string, T]>): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  if (entries) for (const [k, v] of entries) out[k] = v;
  return out;
}

/** Is `key` one of the record's own keys (never an inherited member such as `toString`)? */
export function has(record: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

/** A copy of `record` (from JSON, an options object…) as a prototype-free record. */
export function namesOf<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  return names(Object.entries(record));
}
