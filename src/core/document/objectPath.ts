// The dotted name by which code calls a function defined inside object literals (JS/TS):
// `export const Easing = Object.freeze({ Bounce: Object.freeze(<Group>{ Out(x) {…} }) })` defines
// `Easing.Bounce.Out`, and so do `Out: function (x) {…}` and `Out: (x) => …`. A wrapper that returns
// its argument (`Object.freeze(…)`, a type assertion `<T>{…}`) is seen through; an object in any other
// place (`return {…}`, a call's argument) gives no name, since what reaches it is not in the text.
import type { Token } from './lex';
import { matchClose } from './brackets';

/** Calls that return the object they are given. */
const IDENTITY_WRAPPERS = new Set(['Object.freeze', 'Object.seal', 'Object.preventExtensions']);
const DECLARATIONS = new Set(['const', 'let', 'var']);

/** Index of the unmatched opener of the bracket group enclosing token `i`, or -1. */
function enclosing(toks: Token[], i: number): number {
  let depth = 0;
  for (let k = i - 1; k >= 0; k--) {
    if (toks[k].kind === 'close') depth++;
    else if (toks[k].kind === 'open' && depth-- === 0) return k;
  }
  return -1;
}

/** From a `>` at `j`, the index of its `<` (type arguments or a type assertion), or -1. */
function angleOpen(toks: Token[], j: number): number {
  let depth = 0;
  for (let k = j; k >= 0; k--) {
    const t = toks[k].text;
    if (t === '>') depth++;
    else if (t === '<' && --depth === 0) return k;
    else if (t === ';' || t === '=' || t === '=>') return -1;
  }
  return -1;
}

/** The dotted callee ending at token `j` (`Object . freeze`) and its first token's index. */
function calleeBefore(toks: Token[], j: number): [string, number] | undefined {
  if (toks[j]?.kind !== 'id') return undefined;
  let k = j;
  while (k >= 2 && toks[k - 1].text === '.' && toks[k - 2].kind === 'id') k -= 2;
  return [
    toks
      .slice(k, j + 1)
      .map((t) => t.text)
      .join(''),
    k,
  ];
}

/**
 * The path of object keys and the declared name leading to the property whose key is token `key`
 * (`['Easing', 'Bounce']` for `Out`), or undefined when the object is not reached by name.
 */
export function objectPath(toks: Token[], key: number): string[] | undefined {
  const path: string[] = [];
  let i = key;
  for (;;) {
    const open = enclosing(toks, i);
    if (open < 0 || toks[open].text !== '{') return undefined;
    let j = open - 1;
    if (toks[j]?.text === '>') j = angleOpen(toks, j) - 1; // <Group>{…}
    while (toks[j]?.text === '(' && matchClose(toks, j) > open) {
      // Object.freeze({…}) or Object.freeze<Group>({…})
      let c = j - 1;
      if (toks[c]?.text === '>') c = angleOpen(toks, c) - 1;
      const callee = calleeBefore(toks, c);
      if (!callee || !IDENTITY_WRAPPERS.has(callee[0])) return undefined;
      j = callee[1] - 1;
    }
    if (j < 1) return undefined;
    // `Key: {…}` inside an outer object, or `const Name = {…}` at the root
    if (toks[j].text === ':' && (toks[j - 1].kind === 'id' || toks[j - 1].kind === 'str') && /^[{,]$/.test(toks[j - 2]?.text ?? '')) {
      path.unshift(toks[j - 1].text.replace(/^['"]|['"]$/g, ''));
      i = j - 1;
      continue;
    }
    if (toks[j].text === '=' && toks[j - 1].kind === 'id' && DECLARATIONS.has(toks[j - 2]?.text ?? '')) {
      path.unshift(toks[j - 1].text);
      return path;
    }
    return undefined;
  }
}

/** A function-valued property: its key token, parameters' token span and body (a block or an expression). */
export interface PropertyFunction {
  key: number;
  name: string;
  params: [number, number];
  /** `{` of a block body, or the expression's token span */
  body: { block: number } | { expr: [number, number] };
}

/**
 * Function-valued properties of object literals in `toks`, by dotted name: method shorthand
 * `Key(x) {`, `Key: function (x) {`, `Key: (x) => …` / `Key: x => …`.
 */
export function propertyFunctions(toks: Token[]): PropertyFunction[] {
  const out: PropertyFunction[] = [];
  for (let k = 1; k < toks.length - 1; k++) {
    const t = toks[k];
    if (t.kind !== 'id' || !/^[{,]$/.test(toks[k - 1].text)) continue;
    const fn = functionAfterKey(toks, k);
    if (!fn) continue;
    const path = objectPath(toks, k);
    if (path) out.push({ key: k, name: [...path, t.text].join('.'), ...fn });
  }
  return out;
}

function functionAfterKey(toks: Token[], k: number): Omit<PropertyFunction, 'key' | 'name'> | undefined {
  const next = toks[k + 1]?.text;
  if (next === '(') {
    // Key(x): T {
    const c = matchClose(toks, k + 1);
    const b = toks[c]?.text === ':' ? typeEnd(toks, c + 1) : c;
    return toks[b]?.text === '{' ? { params: [k + 2, c - 1], body: { block: b } } : undefined;
  }
  if (next !== ':') return undefined;
  let v = k + 2;
  if (toks[v]?.text === 'async') v++;
  if (toks[v]?.text === 'function') {
    const p = toks[v + 1]?.kind === 'id' ? v + 2 : v + 1;
    if (toks[p]?.text !== '(') return undefined;
    const c = matchClose(toks, p);
    const b = toks[c]?.text === ':' ? typeEnd(toks, c + 1) : c;
    return toks[b]?.text === '{' ? { params: [p + 1, c - 1], body: { block: b } } : undefined;
  }
  let params: [number, number];
  let arrow: number;
  if (toks[v]?.kind === 'id' && toks[v + 1]?.text === '=>') {
    params = [v, v + 1];
    arrow = v + 1;
  } else if (toks[v]?.text === '(') {
    const c = matchClose(toks, v);
    arrow = toks[c]?.text === ':' ? typeEnd(toks, c + 1) : c;
    if (toks[arrow]?.text !== '=>') return undefined;
    params = [v + 1, c - 1];
  } else return undefined;
  if (toks[arrow + 1]?.text === '{') return { params, body: { block: arrow + 1 } };
  // the expression runs to the `,` or `}` that ends the property
  let e = arrow + 1;
  while (e < toks.length && toks[e].text !== ',' && toks[e].kind !== 'close') e = toks[e].kind === 'open' ? matchClose(toks, e) : e + 1;
  return e > arrow + 1 ? { params, body: { expr: [arrow + 1, e] } } : undefined;
}

/** After a return-type annotation starting at `k`: the index of the `{` or `=>` that follows it. */
function typeEnd(toks: Token[], k: number): number {
  let e = k;
  while (e < toks.length && toks[e].text !== '{' && toks[e].text !== '=>') {
    if (toks[e].text === '(' || toks[e].text === '[' || toks[e].text === '<') e = toks[e].text === '<' ? e + 1 : matchClose(toks, e);
    else e++;
  }
  return e;
}
