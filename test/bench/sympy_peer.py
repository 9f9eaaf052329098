# SymPy peer for `npm run bench` (engine.bench.ts): reads the corpus as JSON on stdin and prints,
# per case, the median time of SymPy's full gradient (`diff` per variable, no simplify) and of the
# same followed by `cse` (shared subexpressions, what our printed result has), the printed size of
# each result, and the gradient's values at the given point (so the bench can check agreement).
# Each timed run starts with clear_cache(): SymPy memoises diff, and our side clears its node table.
import json
import sys
import time

import sympy
from sympy.core.cache import clear_cache


def median_ms(f, min_runs=5, max_runs=30, budget_s=1.5):
    times = []
    start = time.perf_counter()
    while len(times) < max_runs and (len(times) < min_runs or time.perf_counter() - start < budget_s):
        clear_cache()
        t0 = time.perf_counter()
        f()
        times.append((time.perf_counter() - t0) * 1e3)
    times.sort()
    return times[len(times) // 2]


def chars(text):
    # printed size in the bench's unit: no whitespace, power written ^ as in mathjs and ours
    return len("".join(text.replace("**", "^").split()))


def main():
    cases = json.load(sys.stdin)
    out = []
    for c in cases:
        names = {v: sympy.Symbol(v) for v in c["vars"]}
        e = sympy.parse_expr(c["expr"].replace("^", "**"), local_dict=names)
        syms = [names[v] for v in c["vars"]]
        grad = lambda: [sympy.diff(e, s) for s in syms]
        diff_ms = median_ms(grad)
        cse_ms = median_ms(lambda: sympy.cse(grad()))
        g = grad()
        defs, reduced = sympy.cse(g)
        subs = {names[v]: x for v, x in c["point"].items()}
        out.append({
            "name": c["name"],
            "diffMs": diff_ms,
            "diffChars": sum(chars(str(x)) for x in g),
            "cseMs": cse_ms,
            "cseChars": sum(chars(str(n)) + 1 + chars(str(d)) for n, d in defs) + sum(chars(str(x)) for x in reduced),
            "values": [float(x.evalf(30, subs=subs)) for x in g],
        })
    json.dump({"sympy": sympy.__version__, "cases": out}, sys.stdout)


main()
