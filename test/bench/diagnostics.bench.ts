// The diagnostics' budget (issue #10): after an edit settles, a 2,000-line file's pairs are checked
// and turned into diagnostics within 100 ms. Times the call the extension's worker makes
// (checkPairs) plus the step that makes the diagnostics (pairDiagnostics), on generated files made
// of objective/gradient pairs joined by optimizer calls (every fifth gradient with a wrong sign), and
// on a module of ordinary code with three pairs. The worker's message round trip adds about 1 ms.
import { checkPairs } from '../../src/core/gradients';
import type { Lang } from '../../src/core/types';
import { pairDiagnostics } from '../../src/core/report/pairs';
import { section, table, timeMs } from './harness';

const BUDGET_MS = 100;
const LINES = 2000;

/** One block per pair, in each language's own style, `k` making names and constants unique. */
const BLOCKS: Partial<Record<Lang, (k: number, wrong: boolean) => string[]>> = {
  python: (k, wrong) => [
    `def f${k}(x):`,
    `    """Objective ${k}."""`,
    `    return ${k + 1}.0 * (x[1] - x[0]**2)**2 + (1.0 - x[0])**2 + 0.5 * x[2]**2`,
    '',
    '',
    `def g${k}(x):`,
    `    d0 = -${4 * (k + 1)}.0 * x[0] * (x[1] - x[0]**2) - 2.0 * (1.0 - x[0])`,
    `    d1 = ${2 * (k + 1)}.0 * (x[1] ${wrong ? '+' : '-'} x[0]**2)`,
    '    d2 = x[2]',
    '    return np.array([d0, d1, d2])',
    '',
    '',
    `res${k} = minimize(f${k}, np.array([-1.2, 1.0, 0.5]), method="BFGS", jac=g${k})`,
    `print(res${k}.x)`,
    `scale${k} = np.sqrt(res${k}.fun + 1.0)`,
    '',
  ],
  r: (k, wrong) => [
    `f${k} <- function(x) {`,
    '    x1 <- x[1]',
    '    x2 <- x[2]',
    `    ${k + 1} * (x2 - x1 * x1)^2 + (1 - x1)^2`,
    '}',
    '',
    `g${k} <- function(x) {`,
    '    x1 <- x[1]',
    '    x2 <- x[2]',
    `    c(-${4 * (k + 1)} * x1 * (x2 - x1 * x1) - 2 * (1 - x1),`,
    `      ${2 * (k + 1)} * (x2 ${wrong ? '+' : '-'} x1 * x1))`,
    '}',
    '',
    `res${k} <- optim(c(-1.2, 1), f${k}, g${k}, method = "BFGS")`,
    `print(res${k}$par)`,
    '',
  ],
};

/** A module of ordinary numeric code around a few pairs: a training step per block, no optimizer call. */
function trainingBlock(k: number): string[] {
  return [
    `def step${k}(w1, b1, w2, b2, x, y, lr=0.1):`,
    `    """One training step of neuron ${k}."""`,
    '    h = 1 / (1 + np.exp(-(w1*x + b1)))',
    '    y_hat = w2*h + b2',
    '    loss = (y_hat - y) ** 2',
    '    dloss_dyhat = 2 * (y_hat - y)',
    '    dloss_dw2 = dloss_dyhat * h',
    '    dloss_dw1 = dloss_dyhat * w2 * h * (1 - h) * x',
    '    return w1 - lr * dloss_dw1, w2 - lr * dloss_dw2, loss',
    '',
    '',
  ];
}

/** 2,000 lines: three pairs (one wrong) and ordinary code around them, as a real module. */
function realistic(): string {
  const lines = ['import numpy as np', 'from scipy.optimize import minimize', ''];
  for (let k = 0; k < 3; k++) lines.push(...BLOCKS.python!(k, k === 2));
  for (let k = 0; lines.length < LINES; k++) lines.push(...trainingBlock(k));
  return lines.slice(0, LINES).join('\n') + '\n';
}

function generated(lang: Lang): string {
  const lines: string[] = lang === 'python' ? ['import numpy as np', 'from scipy.optimize import minimize', ''] : [];
  for (let k = 0; lines.length < LINES; k++) lines.push(...BLOCKS[lang]!(k, k % 5 === 4));
  return lines.slice(0, LINES).join('\n') + '\n';
}

section(`diagnostics: a ${LINES}-line file after an edit settles (checkPairs + pairDiagnostics, as the worker runs it)`, () => {
  const rows: (string | number)[][] = [];
  let worst = 0;
  const files: [string, Lang, string][] = [
    ...(Object.keys(BLOCKS) as Lang[]).map((lang): [string, Lang, string] => [`${lang}: 125 pairs, nothing else`, lang, generated(lang)]),
    ['python: 3 pairs in ordinary code', 'python', realistic()],
  ];
  for (const [name, lang, text] of files) {
    let found = { pairs: 0, warnings: 0 };
    const ms = timeMs(() => {
      const r = checkPairs(text, lang);
      const d = pairDiagnostics(r);
      found = { pairs: r.pairs.length, warnings: d.filter((x) => x.severity === 'warning').length };
    }, 10, 2);
    worst = Math.max(worst, ms);
    rows.push([name, text.split('\n').length - 1, found.pairs, found.warnings, ms]);
  }
  table(['file', 'lines', 'pairs', 'warnings', 'median ms'], rows);
  console.log(`\nworst median ${worst.toFixed(1)} ms (budget ${BUDGET_MS} ms after the edit settles): ${worst <= BUDGET_MS ? 'within budget' : 'OVER BUDGET'}`);
});
