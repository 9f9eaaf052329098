// SymPy as an independent reference, at test time through python3: the value and gradient of a
// formula written by hand in SymPy syntax, to 30 digits. python3 with SymPy is a test prerequisite
// (.ci/run installs python3-sympy); without it the calling test fails saying so, never skips.
import { spawnSync } from 'child_process';

export interface SympyCase {
  /** The formula in SymPy syntax (`**`, `atan2`, `Max`, …), written from the source by hand. */
  expr: string;
  point: Record<string, number>;
  /** The variables as real symbols (so that Abs and sign differentiate as on the real line). */
  real?: boolean;
}

export interface SympyValues {
  value: number;
  gradient: Record<string, number>;
  /** The formula's free symbols, sorted. */
  variables: string[];
}

const SCRIPT = `
import json, sys
import sympy
out = []
for c in json.load(sys.stdin):
    names = {v: sympy.Symbol(v, real=True) if c.get("real") else sympy.Symbol(v) for v in c["point"]}
    e = sympy.parse_expr(c["expr"], local_dict=names)
    subs = {names[v]: sympy.Float(x, 30) for v, x in c["point"].items()}
    free = sorted(str(s) for s in e.free_symbols)
    out.append({"value": float(e.evalf(30, subs=subs)), "variables": free,
                "gradient": {v: float(sympy.diff(e, names[v]).evalf(30, subs=subs)) for v in free}})
json.dump(out, sys.stdout)
`;

/** SymPy's values for every case, in one python3 run. Throws with the reason when it cannot run. */
export function sympyValues(cases: SympyCase[]): SympyValues[] {
  const r = spawnSync('python3', ['-c', SCRIPT], { input: JSON.stringify(cases), encoding: 'utf8', timeout: 120_000 });
  if (r.error) throw new Error(`python3 is required for the SymPy reference (.ci/run installs it): ${r.error.message}`);
  if (r.status !== 0)
    throw new Error(
      `the SymPy reference failed (python3 with SymPy is required; .ci/run installs python3-sympy): ${r.stderr.trim().split('\n').pop()}`,
    );
  return JSON.parse(r.stdout) as SympyValues[];
}
