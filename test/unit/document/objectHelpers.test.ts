// Functions defined inside named object literals and called by their dotted path (tween.js's
// `Easing.Bounce.Out(1 - amount)`), as the hover reads them. Expected values from SymPy.
import * as assert from 'assert';
import { hoverAt } from '../../../src/core/hover';
import type { Lang, Point } from '../../../src/core/types';

function partials(text: string, lang: Lang, marker: string, at: Point): Record<string, number | undefined> {
  const h = hoverAt(text, lang, text.indexOf(marker) + 1, { at, plot: false });
  assert.ok(h?.model, `no hover at ${marker}`);
  assert.strictEqual(h.model.problem, undefined, h.model.problem);
  return Object.fromEntries(h.model.partials.map((l) => [l.variable, l.value]));
}

const close = (a: number | undefined, b: number) => assert.ok(a !== undefined && Math.abs(a - b) < 1e-9, `${a} ≠ ${b}`);

const EASINGS = `export const E = Object.freeze({
  Quad: {
    In: function (t) {
      return t * t;
    },
    Out: (t) => 1 - (1 - t) * (1 - t),
  },
  Cube: Object.freeze(<Group>{
    In(t: number): number {
      return t * t * t;
    },
  }),
});
function f(x: number): number {
  return E.Quad.In(x) + E.Quad.Out(x) + E.Cube.In(x);
}
`;

const BOUNCE = `export const Easing = Object.freeze({
  Bounce: Object.freeze(<EasingFunctionGroup>{
    In(amount: number): number {
      return 1 - Easing.Bounce.Out(1 - amount)
    },
    Out(amount: number): number {
      if (amount < 1 / 2.75) {
        return 7.5625 * amount * amount
      } else if (amount < 2 / 2.75) {
        return 7.5625 * (amount -= 1.5 / 2.75) * amount + 0.75
      } else if (amount < 2.5 / 2.75) {
        return 7.5625 * (amount -= 2.25 / 2.75) * amount + 0.9375
      } else {
        return 7.5625 * (amount -= 2.625 / 2.75) * amount + 0.984375
      }
    },
  }),
})
`;

describe('document: functions of named object literals, called by their dotted path', () => {
  it('method shorthand, `key: function`, `key: (x) => …`, through Object.freeze and <T>{…}; same keys in two groups stay apart', () => {
    // d/dx [x² + 1 - (1 - x)² + x³] at 0.3
    close(partials(EASINGS, 'typescript', 'E.Quad.In(x) +', { x: 0.3 }).x, 2.27);
  });

  it('a piecewise method takes the branch the point selects (Easing.Bounce.In through Bounce.Out)', () => {
    close(partials(BOUNCE, 'typescript', 'Easing.Bounce.Out(1', { amount: 0.3 }).amount, 2.3375);
    close(partials(BOUNCE, 'typescript', 'Easing.Bounce.Out(1', { amount: 0.1 }).amount, 1.2375);
  });

  it('an object no name reaches (returned from a function) gives no dotted helper', () => {
    const text = `function make() {\n  return { In(t) { return t * t } }\n}\nconst y = g.In(x) * 2\n`;
    // an unknown function's call is not taken as math (as any unknown call), never as the object's t * t
    assert.strictEqual(hoverAt(text, 'javascript', text.indexOf('g.In'), { plot: false }), null);
  });
});
