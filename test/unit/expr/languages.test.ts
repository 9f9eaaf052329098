// Pasted back into its language, the printed text computes what we compute: C and C++ compiled
// with the system compiler, Python with numpy/scipy and with the math module. The toolchains are
// test prerequisites (.ci/run installs g++, python3-numpy, python3-scipy): a missing one fails the
// test with the reason, never skips it.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fc from 'fast-check';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { evaluate, gradient, parseMath, print } from '../../../src/core/expr';
import type { PrintOptions } from '../../../src/core/expr';
import { close, exprText, moderatePointArb, NO_LSE, usable, VARS } from './helpers';

interface Sample {
  point: Record<string, number>;
  exprs: { ours: number; text: (o: PrintOptions) => string }[];
}

function samples(unary: string[], n: number): Sample[] {
  const out: Sample[] = [];
  for (const [text, point] of fc.sample(fc.tuple(exprText(unary, true, NO_LSE), moderatePointArb), { numRuns: n, seed: 3 })) {
    const e = parseMath(text);
    if (!usable(e, point)) continue;
    const exprs = [e, ...gradient(e, VARS)]
      .map((f) => ({ ours: evaluate(f, point), text: (o: PrintOptions) => print(f, o) }))
      .filter((x) => Number.isFinite(x.ours));
    out.push({ point, exprs });
  }
  return out;
}

/** Fails the test, saying what is missing and who installs it, unless `cmd args` runs. */
function requires(cmd: string, args: string[], what: string): void {
  try {
    execFileSync(cmd, args, { stdio: 'pipe', timeout: 20_000 });
  } catch (e) {
    assert.fail(
      `${what} is required for this test (.ci/run installs it): \`${cmd} ${args.join(' ')}\` failed: ${(e as Error).message.split('\n')[0]}`,
    );
  }
}

const UNARY = [
  'exp',
  'log',
  'log2',
  'log10',
  'log1p',
  'expm1',
  'sqrt',
  'cbrt',
  'abs',
  'sign',
  'sin',
  'cos',
  'tan',
  'sec',
  'csc',
  'cot',
  'asin',
  'acos',
  'atan',
  'sinh',
  'cosh',
  'tanh',
  'asinh',
  'acosh',
  'atanh',
  'erf',
  'erfc',
  'sigmoid',
  'softplus',
  'relu',
];

/** The functions added as records (issue #12): C and C++ print their expansions, Python NumPy's and SciPy's. */
const ADDED = ['asec', 'acsc', 'acot', 'sech', 'csch', 'coth', 'asech', 'acsch', 'acoth', 'sinc', 'sin', 'exp'];
const SETS: [string, string[], string[]][] = [
  ['', UNARY, UNARY],
  [' (the functions added as records)', ADDED, [...ADDED, 'lambertw']],
];

describe('expr printed code runs in its language', function () {
  this.timeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'expr-lang-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  function compare(lang: string, cases: Sample[], outputs: number[], texts: string[]) {
    let k = 0;
    for (const c of cases) {
      for (const x of c.exprs) {
        assert.ok(
          close(outputs[k], x.ours, 1e-9, 1e-10),
          `${lang}: ${texts[k]} at ${JSON.stringify(c.point)} gives ${outputs[k]}, we give ${x.ours}`,
        );
        k++;
      }
    }
    assert.strictEqual(k, outputs.length);
    assert.ok(k > 100);
  }

  for (const [what, unaryC] of SETS)
    for (const [lang, compiler, header] of [
      ['c', 'gcc', '#include <math.h>\n#include <stdio.h>'],
      ['cpp', 'g++', '#include <cmath>\n#include <cstdio>'],
    ] as const) {
      it(`${lang}: compiled with ${compiler}, every expression and partial gives our value${what}`, () => {
        requires(compiler, ['--version'], `${compiler} (Debian g++)`);
        const cases = samples(unaryC, 150);
        const texts: string[] = [];
        let src = `${header}\nint main(void) { double x, y, z;\n`;
        for (const c of cases) {
          src += `x = ${c.point.x}; y = ${c.point.y}; z = ${c.point.z};\n`;
          for (const e of c.exprs) {
            const t = e.text({ lang });
            texts.push(t);
            src += `printf("%.17g\\n", (double)(${t}));\n`;
          }
        }
        const file = path.join(dir, `t${what ? '-added' : ''}.${lang}`);
        fs.writeFileSync(file, src + 'return 0; }\n');
        const exe = path.join(dir, `t-${lang}${what ? '-added' : ''}`);
        execFileSync(compiler, ['-O0', '-o', exe, file, '-lm'], { timeout: 60_000 });
        const out = execFileSync(exe, { encoding: 'utf8' }).trim().split('\n').map(Number);
        compare(lang, cases, out, texts);
      });
    }

  for (const [what, , unaryPython] of SETS)
    for (const namespace of ['np', 'math']) {
      it(`python (${namespace}): every expression and partial gives our value${what}`, () => {
        requires('python3', ['-c', 'import numpy, scipy.special'], 'python3 with numpy and scipy (Debian python3-numpy, python3-scipy)');
        const cases = samples(unaryPython, 150);
        const texts: string[] = [];
        let src = 'import math\nimport numpy as np\nimport scipy.special\nimport warnings\nwarnings.filterwarnings("ignore")\n';
        for (const c of cases) {
          src += `x, y, z = ${c.point.x}, ${c.point.y}, ${c.point.z}\n`;
          for (const e of c.exprs) {
            const t = e.text({ lang: 'python', namespace });
            texts.push(t);
            src += `print(repr(float(${t})))\n`;
          }
        }
        const file = path.join(dir, `t_${namespace}${what ? '_added' : ''}.py`);
        fs.writeFileSync(file, src);
        const out = execFileSync('python3', [file], { encoding: 'utf8', timeout: 60_000 }).trim().split('\n').map(Number);
        compare(`python ${namespace}`, cases, out, texts);
      });
    }
});
