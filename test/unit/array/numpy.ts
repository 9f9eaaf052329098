// NumPy as the independent reference, through python3: the value of an expression, central
// differences of it per element, and the value of printed gradient texts, all computed by NumPy.
import { spawnSync } from 'child_process';
import type { NDArray } from '../../../src/core/array';

export interface NumpyCase {
  expr: string;
  at: Record<string, NDArray>;
  /** variables holding integer labels or indices */
  ints?: string[];
  wrt: string[];
  /** printed gradients to evaluate (NumPy text) */
  grads: Record<string, string>;
}

export interface NumpyResult {
  value: number;
  fd: Record<string, NDArray>;
  printed: Record<string, NDArray>;
}

const SCRIPT = `
import json, sys
import numpy as np
import scipy.special
out = []
for c in json.load(sys.stdin):
    env = {"np": np, "scipy": scipy}
    at = {}
    for k, v in c["at"].items():
        at[k] = np.array(v, dtype=int if k in c.get("ints", []) else float)
        if k in c.get("ints", []) and at[k].ndim == 0:
            at[k] = int(v)
    f = lambda p: float(eval(c["expr"], dict(env), dict(p)))
    res = {"value": f(at), "fd": {}, "printed": {}}
    for v in c["wrt"]:
        x = np.array(at[v], dtype=float)
        g = np.zeros_like(x)
        for idx in np.ndindex(x.shape):
            h = 1e-6 * max(1.0, abs(float(x[idx])))
            xp = x.copy(); xp[idx] += h
            xm = x.copy(); xm[idx] -= h
            g[idx] = (f({**at, v: xp}) - f({**at, v: xm})) / (2 * h)
        res["fd"][v] = g.tolist()
        if v in c["grads"]:
            res["printed"][v] = np.broadcast_to(np.asarray(eval(c["grads"][v], dict(env), dict(at)), dtype=float), x.shape).tolist()
    out.append(res)
json.dump(out, sys.stdout)
`;

/** NumPy's answers for every case, in one python3 run. Throws with the reason when it cannot run. */
export function numpyValues(cases: NumpyCase[]): NumpyResult[] {
  const r = spawnSync('python3', ['-c', SCRIPT], { input: JSON.stringify(cases), encoding: 'utf8', timeout: 120_000, maxBuffer: 64 << 20 });
  if (r.error)
    throw new Error(`python3 with numpy and scipy is required for the NumPy reference (.ci/run installs them): ${r.error.message}`);
  if (r.status !== 0) throw new Error(`the NumPy reference failed: ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  return JSON.parse(r.stdout) as NumpyResult[];
}
