import * as assert from 'assert';
import { parseExpression, parseStatement } from '../../../src/core/syntax';
import type { Lang } from '../../../src/core/types';
import { InputError } from '../../../src/core/types';

export const scope = { x: 0.7, y: -1.3, z: 2.1, w: 0.4, b: 0.25, a: 1.5, t: 0.9, my_var: 3 };

/** Evaluates what the front-end produced (shared mathjs instance) at `scope`. */
export function value(text: string, lang: Lang): number {
  return parseExpression(text, lang).evaluate({ ...scope }) as number;
}

export function same(text: string, lang: Lang, expected: number): void {
  const v = value(text, lang);
  assert.ok(Math.abs(v - expected) <= 1e-12 * Math.max(1, Math.abs(expected)), `${lang}: ${text} gave ${v}, expected ${expected}`);
}

export function printed(text: string, lang: Lang): string {
  return parseExpression(text, lang).toString();
}

/** Asserts an InputError whose message matches and whose column is `column`. */
export function fails(text: string, lang: Lang, message: RegExp, column?: number): void {
  assert.throws(
    () => parseStatement(text, lang),
    (e: unknown) => {
      assert.ok(e instanceof InputError, `expected InputError, got ${e}`);
      assert.match(e.message, message);
      if (column !== undefined) {
        assert.strictEqual(e.column, column, e.message);
        assert.match(e.message, new RegExp(`column ${column}\\b`));
      }
      return true;
    },
  );
}
