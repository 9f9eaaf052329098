// The fuzz suite: seeded fast-check properties over the engine, the CLI (diff --batch, check,
// inspect), the hover on hostile files and the webview protocol. Each target says what must hold:
// no exception but the documented input errors (InputError, BudgetError), no call over its budget
// (output size, the hover's followed assignments, the node table's bytes), valid JSON for --json,
// known answers on known cases. `runTarget` runs one and reports inputs tried, the slowest input and
// peak memory, for mocha (test/unit/fuzz) and `npm run bench` (test/bench/fuzz.bench.ts) alike.
import * as assert from 'assert';
import fc from 'fast-check';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyze } from '../../src/core/analyze';
import { OUTPUT_LIMIT, tableSize, TABLE_BYTES } from '../../src/core/expr';
import { hoverAt, HOVER_LIMITS } from '../../src/core/hover';
import { BudgetError, InputError, LANGS, type Lang } from '../../src/core/types';
import { parseFromWebview, parseToWebview } from '../../src/protocol/messages';
import { revealable } from '../../src/extension/panel/reveal';
import { cli } from '../unit/cli/inproc';
import { edits, evalTree, mutate, NAMES, PIECES, reference, spell, tree, variablesOf, type Tree } from './expressions';

export interface FuzzStats {
  target: string;
  tried: number;
  slowest: { ms: number; input: string };
  peakHeapMiB: number;
  failure?: string;
}

export interface Target {
  name: string;
  runs: number;
  /** fast-check property over this target's inputs; `note` names the input for the report. */
  property: (note: (input: string) => void) => fc.IAsyncProperty<any> | fc.IProperty<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** A documented input error: the message says what and (usually) where. */
function documented(e: unknown, what: string): void {
  if (e instanceof InputError || e instanceof BudgetError) {
    assert.match(e.message, /\S/, `${what}: empty message`);
    return;
  }
  throw new Error(`${what}: threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
}

const CODE_LANGS = LANGS.filter((l) => l !== 'latex' && l !== 'markdown');
// points in [-2, 2] on a grid of 1/1000: known answers, not underflow (z²/y² and (z/y)² differ at 1e-212)
const point = fc.record(
  Object.fromEntries(NAMES.map((n) => [n, fc.integer({ min: -2000, max: 2000 }).map((k) => k / 1000)])),
) as fc.Arbitrary<Record<string, number>>;

/** Engine: generated expressions in every language: the reference value and derivatives. */
const knownAnswers: Target = {
  name: 'engine: known answers (11 languages)',
  runs: 3000,
  property: (note) =>
    fc.property(tree(), fc.constantFrom(...LANGS), point, (t: Tree, lang0: Lang, p) => {
      const names = variablesOf(t);
      // LaTeX spells long names \mathrm{…}; object-member names are tested in the code languages
      const lang = [...names].some((n) => n.length > 1) && (lang0 === 'latex' || lang0 === 'markdown') ? 'math' : lang0;
      const text = spell(t, lang);
      note(`${lang}: ${text}`);
      const value = evalTree(t, p);
      if (!Number.isFinite(value) || Math.abs(value) > 1e6 || !names.size) return;
      // ill-conditioned here (cos of 2e8): a rounding in the 16th digit of an input moves the value
      const nudged = evalTree(t, Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v * (1 + 1e-13)])));
      if (!(Math.abs(nudged - value) <= 1e-9 * (1 + Math.abs(value)))) return;
      let a;
      try {
        a = analyze(text, { lang, at: p });
      } catch (e) {
        documented(e, `${lang}: ${text}`);
        assert.fail(`${lang}: ${text} was refused: ${(e as Error).message}`);
      }
      // like terms may cancel (x^3 - x^3 has no variables left): the engine's names are a subset
      assert.ok(
        a.variables.every((v) => names.has(v)),
        `${text}: variables ${a.variables}`,
      );
      assert.ok(Math.abs(a.value! - value) <= 1e-9 * (1 + Math.abs(value)), `${text}: value ${a.value} vs ${value}`);
      for (const v of names) {
        const r = reference(t, p, v);
        if (!Number.isFinite(r.d) || r.err > 1e-4 * (1 + Math.abs(r.d))) continue; // not smooth enough here to judge
        const got = a.variables.includes(v) ? a.values![v] : 0;
        // NaN at a division by zero is said (a note), not a confident wrong number: it passes
        if (Number.isNaN(got) && a.notes.some((n) => n.kind === 'domain' || n.kind === 'nonfinite')) continue;
        assert.ok(
          Math.abs(got - r.d) <= 1e-6 * (1 + Math.abs(r.d)) + 10 * r.err,
          `${lang}: ∂/∂${v} of ${text} at ${JSON.stringify(p)}: ${got} vs ${r.d} ± ${r.err}`,
        );
      }
    }),
};

/** Engine: mutated expressions in every language: a result or a documented error. */
const mutated: Target = {
  name: 'engine: mutated expressions',
  runs: 3000,
  property: (note) =>
    fc.property(tree(), fc.constantFrom(...LANGS), edits, fc.boolean(), (t: Tree, lang: Lang, e, withPoint) => {
      const text = mutate(spell(t, lang), e);
      note(`${lang}: ${JSON.stringify(text)}`);
      try {
        const a = analyze(text, { lang, ...(withPoint ? { at: Object.fromEntries(NAMES.map((n) => [n, 0.7])) } : {}) });
        assert.ok(a.expr);
      } catch (err) {
        documented(err, `${lang}: ${JSON.stringify(text)}`);
        if (err instanceof InputError && err.column !== undefined) {
          assert.ok(err.column >= 1 && err.column <= [...text].length + 1, `column ${err.column} outside ${JSON.stringify(text)}`);
        }
        assert.doesNotMatch(
          (err as Error).message,
          /(^|[^\ud800-\udbff])[\udc00-\udfff]|[\ud800-\udbff](?![\udc00-\udfff])/,
          'half a character in the message',
        );
      }
    }),
};

/** A batch line: a request (valid or not) or hostile bytes. */
const batchLine = fc.oneof(
  fc
    .record(
      {
        id: fc.oneof(fc.nat(), fc.string({ maxLength: 5 }), fc.constant(null)),
        expr: fc.oneof(
          tree().map((t) => spell(t, 'math')),
          fc.string({ maxLength: 30 }),
          fc.constant('(x0+x1+x2+x3+x4+x5+x6+x7+x8+x9)^9'),
        ),
        at: fc.option(
          fc.dictionary(fc.constantFrom(...NAMES, 'x0', '__proto__'), fc.double({ min: -3, max: 3, noNaN: true }), { maxKeys: 4 }),
        ),
        where: fc.option(fc.dictionary(fc.constantFrom('t', 'constructor', 'y'), fc.constantFrom('x', '2*x', 't+1', 'y'), { maxKeys: 2 })),
        wrt: fc.option(fc.constantFrom('x', 'x,y', 'constructor', '')),
        hessian: fc.boolean(),
        lang: fc.option(fc.constantFrom('math', 'python', 'julia', 'klingon')),
      },
      { requiredKeys: ['expr'] },
    )
    .map((r) => JSON.stringify(r)),
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '',
    '\r',
    '{"expr":\r"x"}',
    '\ufeff{"expr":"x"}',
    '{"expr":"x\\u0000"}',
    '{"expr":"\\ud835"}',
    '[1,2]',
    'null',
    '{"__proto__":{"polluted":1},"expr":"x"}',
  ),
);

const cliBatch: Target = {
  name: 'CLI: diff --batch',
  runs: 250,
  property: (note) =>
    fc.asyncProperty(fc.array(batchLine, { minLength: 1, maxLength: 8 }), fc.boolean(), async (lines, bom) => {
      const stdin = (bom ? '\ufeff' : '') + lines.join('\n') + '\n';
      note(JSON.stringify(stdin).slice(0, 300));
      const r = await cli(['diff', '--batch'], stdin);
      assert.strictEqual(r.code, 0);
      const out = r.stdout.split('\n');
      assert.strictEqual(out.pop(), '');
      assert.strictEqual(out.length, lines.length, 'one answer line per input line');
      for (const line of out) {
        assert.ok(line.length <= OUTPUT_LIMIT + 10_000, `an answer of ${line.length} characters`);
        const o = JSON.parse(line);
        assert.ok(o && typeof o === 'object' && ('error' in o || 'partials' in o), line.slice(0, 200));
        if (typeof o.error === 'string') assert.doesNotMatch(o.error, /internal error/, o.error);
      }
      assert.strictEqual(({} as Record<string, unknown>).polluted, undefined);
    }),
};

const cliCheck: Target = {
  name: 'CLI: check --json',
  runs: 300,
  property: (note) =>
    fc.asyncProperty(
      fc.oneof(
        tree().map((t) => spell(t, 'math')),
        fc.string({ maxLength: 20 }),
      ),
      point,
      fc.option(fc.constantFrom('x=2*x', 'x=1;y=0', 'q=1', 'x=')),
      async (expr, p, grad) => {
        const at = Object.entries(p)
          .map(([k, v]) => `${k}=${v}`)
          .join(',');
        const argv = ['check', expr, '--at', at, '--json', ...(grad ? ['--grad', grad] : [])];
        note(JSON.stringify(argv));
        const r = await cli(argv);
        const o = JSON.parse(r.stdout);
        if (r.code === 2) {
          assert.strictEqual(typeof o.error, 'string');
          assert.doesNotMatch(o.error, /internal error/, o.error);
        } else {
          assert.ok(r.code === 0 || r.code === 1);
          assert.strictEqual(o.ok, r.code === 0);
          assert.ok(Array.isArray(o.components));
        }
      },
    ),
};

/** Hostile files: long chains, deep nesting, NUL, lone surrogates, BOM, CRLF, LaTeX, long lines. */
const HOSTILE = [
  ...PIECES,
  'x = 1\n',
  'y = np.sin(x) * x\n',
  'def f(x):\n    return g(x) + 1\n',
  'def g(x):\n    return f(x)\n',
  '\r\n',
  '\ufeff',
  '\0',
  '(((((((((',
  ')))))))))',
  'a'.repeat(300),
  '# loss = (y - t)**2\n',
  '$$\\frac{x}{y}$$\n',
  '\\begin{align}',
  'z = z + 1\n',
];
const hostileFile = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...HOSTILE), { maxLength: 80 }).map((p) => p.join('')) },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 20, max: 400 })
      .map((n) => ['d0 = x', ...Array.from({ length: n }, (_, i) => `d${i + 1} = np.tanh(d${i}*w + b)*d${i}`)].join('\n')),
  },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 3000 }).map((n) => `y = ${'('.repeat(n)}x${')'.repeat(n)}\n`) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200, unit: 'binary' }) },
);

const hover: Target = {
  name: 'hover: hostile files',
  runs: 1000,
  property: (note) =>
    fc.property(hostileFile, fc.constantFrom(...LANGS), fc.nat(), (text, lang, k) => {
      const offset = text.length ? k % (text.length + 1) : 0;
      note(`${lang} @${offset}: ${JSON.stringify(text.slice(0, 200))}${text.length > 200 ? ` … (${text.length} characters)` : ''}`);
      const errors: unknown[] = [];
      const saved = console.error;
      console.error = (...a: unknown[]) => {
        errors.push(a);
      };
      let r;
      try {
        r = hoverAt(text, lang, offset, { plot: true });
      } finally {
        console.error = saved;
      }
      assert.deepStrictEqual(errors, [], 'the hover logged an internal error');
      if (!r) return;
      assert.ok(r.range.start >= 0 && r.range.end <= text.length);
      assert.ok((r.model.totals?.followed?.length ?? 0) <= HOVER_LIMITS.followed, 'followed more assignments than its budget');
      assert.ok(r.markdown.length <= 400_000, `${r.markdown.length} characters of Markdown`);
    }),
};

const inspectDir = fs.mkdtempSync(path.join(os.tmpdir(), 'di-fuzz-'));
const inspect: Target = {
  name: 'CLI: inspect --json on hostile files',
  runs: 250,
  property: (note) =>
    fc.asyncProperty(
      hostileFile,
      fc.constantFrom('py', 'js', 'c', 'jl', 'm', 'R', 'tex', 'md'),
      fc.nat({ max: 30 }),
      fc.nat({ max: 400 }),
      async (text, ext, line, column) => {
        const file = path.join(inspectDir, `f.${ext}`);
        fs.writeFileSync(file, text);
        note(`${ext} ${line}:${column} ${JSON.stringify(text.slice(0, 200))}`);
        const r = await cli(['inspect', file, '--line', String(line), '--column', String(column), '--json']);
        const o = JSON.parse(r.stdout);
        assert.strictEqual(r.stderr, '');
        if (r.code === 2) {
          assert.strictEqual(typeof o.error, 'string');
          assert.doesNotMatch(o.error, /internal error/, o.error);
        } else assert.strictEqual(r.code, 0);
      },
    ),
};

/** Webview protocol: any JSON-like value, mutated valid messages; reveal only inside the report. */
const VALID = [
  { type: 'ready' },
  { type: 'openPlot' },
  { type: 'setTolerances', rtol: 1e-6, atol: 0 },
  { type: 'reveal', uri: 'file:///w/a.py', line: 3 },
];
const protocol: Target = {
  name: 'webview protocol',
  runs: 4000,
  property: (note) =>
    fc.property(
      fc.oneof(
        fc.anything({ withNullPrototype: true, withObjectString: true, maxDepth: 3 }),
        fc
          .tuple(
            fc.constantFrom(...VALID),
            fc.dictionary(fc.constantFrom('type', 'uri', 'line', 'rtol', 'atol', '__proto__', 'constructor'), fc.anything({ maxDepth: 1 })),
          )
          .map(([m, extra]) => ({ ...m, ...extra })),
        fc.jsonValue().map((v) => JSON.parse(`{"__proto__": ${JSON.stringify(v)}, "type": "reveal", "uri": "file:///w/a.py", "line": 1}`)),
      ),
      (m) => {
        note(fc.stringify(m).slice(0, 300));
        const from = parseFromWebview(m);
        parseToWebview(m);
        assert.strictEqual(({} as Record<string, unknown>).polluted, undefined);
        if (from.ok && from.message.type === 'reveal') {
          const ok = revealable({ uri: 'file:///w/a.py', lineCount: 10 }, from.message.uri, from.message.line);
          if (!('refused' in ok)) {
            assert.strictEqual(from.message.uri, 'file:///w/a.py');
            assert.ok(ok.line >= 0 && ok.line < 10);
          }
        }
      },
    ),
};

/** Thousands of distinct requests: the node table stays under its byte limit, the heap with it. */
const memory: Target = {
  name: 'memory: thousands of distinct requests',
  runs: 3000,
  property: (note) =>
    fc.property(tree(), fc.nat(), fc.constantFrom(...CODE_LANGS), (t, k, lang) => {
      // distinct by construction: each request shifts its constants by its own number
      const text = spell(
        { k: 'bin', op: '*', a: t, b: { k: 'fn', f: 'sin', a: { k: 'bin', op: '+', a: { k: 'var', name: 'x' }, b: { k: 'num', v: k } } } },
        lang,
      );
      note(`${lang}: ${text}`);
      try {
        analyze(text, { lang, hessian: k % 7 === 0 });
      } catch (e) {
        documented(e, text);
      }
      assert.ok(tableSize().bytes <= TABLE_BYTES + 16 * 2 ** 20, `node table at ${(tableSize().bytes / 2 ** 20).toFixed(0)} MiB`);
    }),
};

export const TARGETS: Target[] = [knownAnswers, mutated, cliBatch, cliCheck, inspect, hover, protocol, memory];

const heapMiB = () => process.memoryUsage().heapUsed / 2 ** 20;

/** Runs one target with a fixed seed; never throws (a failure is in `failure`, with fast-check's counterexample). */
export async function runTarget(t: Target, seed = 14, scale = 1): Promise<FuzzStats> {
  const stats: FuzzStats = { target: t.name, tried: 0, slowest: { ms: 0, input: '' }, peakHeapMiB: heapMiB() };
  // each run names its input first: the time from one name to the next is that input's (for the
  // report only; nothing here asserts on time)
  let current = '';
  let start = 0n;
  const finish = () => {
    if (!start) return;
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (ms > stats.slowest.ms) stats.slowest = { ms, input: current };
    if (stats.tried % 25 === 0) stats.peakHeapMiB = Math.max(stats.peakHeapMiB, heapMiB());
  };
  const prop = t.property((input) => {
    finish();
    stats.tried++;
    current = input;
    start = process.hrtime.bigint();
  });
  const result = await fc.check(prop as fc.IAsyncProperty<unknown>, {
    numRuns: Math.max(1, Math.round(t.runs * scale)),
    seed,
    endOnFailure: true,
    includeErrorInReport: true,
  });
  finish();
  stats.peakHeapMiB = Math.max(stats.peakHeapMiB, heapMiB());
  if (result.failed) stats.failure = fc.defaultReportMessage(result) ?? 'failed';
  return stats;
}
