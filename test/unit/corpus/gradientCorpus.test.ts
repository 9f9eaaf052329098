// The issue #10 corpus of published objective/gradient pairs (test/corpus/gradients) is data the
// engine's tests rely on: this checks its integrity (files present, each bug one edited line at the
// recorded line, expected values shaped per variable and point) without running the engine. The
// values themselves are re-derived with SymPy by test/corpus/gradients/check_references.py.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../../..');
const CORPUS = path.join(ROOT, 'test/corpus/gradients');

/** File extension per source.json language: the extensions the CLI maps to each language. */
const EXT: Record<string, string> = {
  python: 'py',
  julia: 'jl',
  r: 'R',
  matlab: 'm',
  c: 'c',
  cpp: 'cpp',
  javascript: 'js',
  typescript: 'ts',
};

interface Bug {
  variable: string;
  line: number;
  changed_line: number;
  handwritten_at_points: number[];
  expected_at_points: number[];
  max_rel_error: number;
  file: string;
}
interface Expected {
  id: string;
  variables: string[];
  points: Record<string, unknown>[];
  gradient: number[][];
  published_at_points: number[][];
  original_matches: boolean;
  published_wrong_components: string[];
  bugs: Record<string, Bug>;
}

const ids = fs
  .readdirSync(CORPUS)
  .filter((d) => fs.existsSync(path.join(CORPUS, d, 'expected.json')))
  .sort();
const read = (id: string, f: string) => fs.readFileSync(path.join(CORPUS, id, f), 'utf8');

describe('gradient corpus (issue #10)', () => {
  it('holds at least 30 scalar pairs whose published gradient is correct, in every language', () => {
    const good = ids.filter((id) => {
      const src = JSON.parse(read(id, 'source.json'));
      const exp: Expected = JSON.parse(read(id, 'expected.json'));
      return !src.vectorized && exp.original_matches;
    });
    assert.ok(good.length >= 30, `only ${good.length} scalar pairs with a correct published gradient`);
    const langs = new Set(ids.map((id) => JSON.parse(read(id, 'source.json')).language));
    for (const lang of ['python', 'julia', 'r', 'matlab', 'c', 'cpp', 'javascript']) {
      assert.ok(langs.has(lang), `no pair in ${lang}`);
    }
  });

  for (const id of ids) {
    it(`${id}: files, bug lines and expected values are consistent`, () => {
      const src = JSON.parse(read(id, 'source.json'));
      const exp: Expected = JSON.parse(read(id, 'expected.json'));
      const ext = EXT[src.language];
      assert.ok(ext, `unknown language ${src.language}`);
      assert.match(src.commit, /^[0-9a-f]{40}$/);
      for (const key of ['repo', 'path', 'lines', 'license', 'objective_name', 'gradient_name', 'pairing', 'notes']) {
        assert.ok(typeof src[key] === 'string' && src[key].length > 0, `source.json lacks ${key}`);
      }
      assert.strictEqual(exp.id, id);
      const original = read(id, `original.${ext}`).split('\n');
      for (const name of [src.objective_name, src.gradient_name]) {
        assert.ok(
          original.some((l) => l.includes(name)),
          `${name} does not occur in original.${ext}`,
        );
      }
      assert.ok(exp.points.length >= 3, 'x0 and two more points');
      assert.strictEqual(exp.gradient.length, exp.points.length);
      for (const row of [...exp.gradient, ...exp.published_at_points]) {
        assert.strictEqual(row.length, exp.variables.length);
        assert.ok(row.every(Number.isFinite));
      }
      assert.strictEqual(exp.original_matches, exp.published_wrong_components.length === 0);
      assert.deepStrictEqual(Object.keys(exp.bugs).sort(), ['bug1', 'bug2']);
      for (const [name, bug] of Object.entries(exp.bugs)) {
        assert.strictEqual(bug.file, `${name}.${ext}`);
        const text = read(id, bug.file).split('\n');
        assert.strictEqual(text.length, original.length, `${bug.file} adds or removes lines`);
        const changed = text.flatMap((l, i) => (l === original[i] ? [] : [i + 1]));
        assert.deepStrictEqual(changed, [bug.changed_line], `${bug.file} edits lines ${changed}`);
        assert.ok(bug.line <= bug.changed_line, 'the component starts at or before the edited line');
        assert.ok(exp.variables.includes(bug.variable), `${bug.variable} is not a variable`);
        const j = exp.variables.indexOf(bug.variable);
        assert.deepStrictEqual(
          bug.expected_at_points,
          exp.gradient.map((r) => r[j]),
        );
        const worst = Math.max(
          ...bug.handwritten_at_points.map((h, k) => {
            const scale = Math.max(Math.abs(h), Math.abs(bug.expected_at_points[k]));
            return scale === 0 ? 0 : Math.abs(h - bug.expected_at_points[k]) / scale;
          }),
        );
        assert.ok(worst > 1e-3, `${name} is indistinguishable from the derivative (${worst})`);
      }
    });
  }
});
