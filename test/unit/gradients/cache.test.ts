// The pair cache (incremental checking after an edit): it never hands back a stale verdict. An edit
// to the objective, to a helper the gradient calls or to a constant it reads gives a new verdict; an
// edit elsewhere gives the same values without checking the pair again; lines moved by an insertion
// are reported where they now are; and over the whole corpus (originals and injected bugs checked
// one after another through one cache, so each bug file hits the original's unchanged pairs) every
// result equals the uncached one. Expected values are hand-computed (Rosenbrock at x0 = (-1.2, 1):
// ∂f/∂x[0] = -215.6, ∂f/∂x[1] = -88).
import * as assert from 'assert';
import { checkPairs, PairCache } from '../../../src/core/gradients';
import type { Lang } from '../../../src/core/types';
import { loadCorpus, readCase } from './corpusCases';
import { GSL, JULIA, MATLAB, NLOPT_C, R_OPTIM, SCIPY } from './snippets';

const FILE = `import numpy as np
from scipy.optimize import minimize

SCALE = 100.0


def dsq(t):
    u = 2.0 * t
    return u


def rosen(x):
    return 100.0 * (x[1] - x[0]**2)**2 + (1.0 - x[0])**2


def rosen_der(x):
    d0 = -2.0 * SCALE * x[0] * dsq(x[1] - x[0]**2) - 2.0 * (1.0 - x[0])
    d1 = SCALE * dsq(x[1] - x[0]**2)
    return np.array([d0, d1])


def unrelated(a):
    b = a + 1
    return b * 3


res = minimize(rosen, np.array([-1.2, 1.0]), jac=rosen_der)
`;

function check(text: string, cache: PairCache) {
  const r = checkPairs(text, 'python', {}, cache);
  assert.strictEqual(r.pairs.length, 1, JSON.stringify(r));
  return r.pairs[0];
}

describe('gradients: the pair cache never returns a stale result', () => {
  it('the file as written: the gradient matches, and a second check is served from the cache', () => {
    const cache = new PairCache();
    const p = check(FILE, cache);
    assert.ok(p.ok, JSON.stringify(p));
    assert.ok(Math.abs(p.components[0].expected! - -215.6) < 1e-9 && Math.abs(p.components[1].expected! - -88) < 1e-9);
    assert.strictEqual(cache.misses, 1);
    assert.deepStrictEqual(check(FILE, cache), p);
    assert.strictEqual(cache.hits, 1);
  });

  it('an edit to the objective gives a new verdict', () => {
    const cache = new PairCache();
    assert.ok(check(FILE, cache).ok);
    const p = check(FILE.replace('return 100.0 * (x[1]', 'return 10.0 * (x[1]'), cache);
    assert.strictEqual(p.ok, false);
    const c = p.components[1];
    assert.ok(Math.abs(c.expected! / c.handwritten! - 0.1) < 1e-9, JSON.stringify(c));
    assert.strictEqual(cache.hits, 0);
  });

  it('an edit to a helper the gradient calls gives a new verdict, and undoing it the old one', () => {
    const cache = new PairCache();
    const before = check(FILE, cache);
    const p = check(FILE.replace('u = 2.0 * t', 'u = 3.0 * t'), cache);
    assert.strictEqual(p.ok, false);
    const c = p.components[1];
    assert.ok(Math.abs(c.handwritten! / c.expected! - 1.5) < 1e-9, JSON.stringify(c));
    assert.deepStrictEqual(check(FILE, cache), before);
  });

  it('an edit to a top-level constant the gradient reads gives a new verdict', () => {
    const cache = new PairCache();
    assert.ok(check(FILE, cache).ok);
    const p = check(FILE.replace('SCALE = 100.0', 'SCALE = 200.0'), cache);
    assert.strictEqual(p.ok, false);
    const c = p.components[1];
    assert.ok(Math.abs(c.handwritten! / c.expected! - 2) < 1e-9, JSON.stringify(c));
  });

  it('an edit to unrelated code gives the same values, without checking the pair again', () => {
    const cache = new PairCache();
    const before = check(FILE, cache);
    const after = check(FILE.replace('b = a + 1', 'b = a + 2'), cache);
    assert.deepStrictEqual(after, before);
    assert.deepStrictEqual(after, checkPairs(FILE.replace('b = a + 1', 'b = a + 2'), 'python').pairs[0]);
    assert.deepStrictEqual([cache.hits, cache.misses], [1, 1]);
  });

  it('a line inserted above the pair: its lines are reported where they now are', () => {
    const cache = new PairCache();
    const before = check(FILE, cache);
    const after = check(FILE.replace('SCALE = 100.0', '# scale of the valley\nSCALE = 100.0'), cache);
    assert.deepStrictEqual(
      after.components.map((c) => c.line),
      before.components.map((c) => c.line + 1),
    );
    assert.deepStrictEqual([after.objective.line, after.gradient.line], [before.objective.line + 1, before.gradient.line + 1]);
    assert.match(after.pairing, /at line 28$/);
  });

  it('options are part of the key: a point given with --at is checked there', () => {
    const cache = new PairCache();
    check(FILE, cache);
    const p = checkPairs(FILE, 'python', { at: { x: [0, 0] } }, cache).pairs[0];
    assert.deepStrictEqual(p.points, [{ x: [0, 0] }]);
    assert.ok(Math.abs(p.components[0].expected! - -2) < 1e-9);
  });

  it('is bounded: the least recently used results are dropped', () => {
    const cache = new PairCache(2);
    for (const k of [1, 2, 3, 4])
      check(FILE.replace('b = a + 1', `b = a + ${k}`).replace('SCALE = 100.0', `SCALE = 100.0\nPAD = ${k}`), cache);
    assert.strictEqual(cache.size, 2);
  });
});

describe('gradients: cached results equal the uncached path', () => {
  const snippets: [string, Lang, string][] = [
    ['SciPy', 'python', SCIPY],
    ['R optim', 'r', R_OPTIM],
    ['Julia', 'julia', JULIA],
    ['GSL', 'c', GSL],
    ['NLopt', 'c', NLOPT_C],
    ['MATLAB', 'matlab', MATLAB],
  ];
  it('on the published snippets, checked twice through one cache', () => {
    const cache = new PairCache();
    for (const [name, lang, text] of [...snippets, ...snippets]) {
      assert.deepStrictEqual(checkPairs(text, lang, {}, cache), checkPairs(text, lang), name);
    }
    assert.ok(cache.hits > 0);
  });

  it('on the whole gradient corpus: originals and their bugs through one cache', () => {
    const cache = new PairCache();
    const corpus = loadCorpus();
    assert.ok(corpus.length >= 30);
    let files = 0;
    for (const c of corpus) {
      for (const file of [`original${c.ext}`, ...Object.keys(c.expected.bugs).map((b) => c.expected.bugs[b].file), `original${c.ext}`]) {
        const text = readCase(c, file);
        assert.deepStrictEqual(checkPairs(text, c.lang, {}, cache), checkPairs(text, c.lang), `${c.id}/${file}`);
        files++;
      }
    }
    assert.ok(files >= 120, `${files} files`);
    // each original's second check is served from the cache, and bug files reuse unchanged pairs
    assert.ok(cache.hits >= corpus.length, `${cache.hits} hits`);
  });
});
