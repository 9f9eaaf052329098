"""Shared driver for the reference.py of each corpus pair (issue #10).

Each reference.py transcribes, by hand, into SymPy: the objective, the published gradient and the
gradient each injected bug computes. This module differentiates the objective with SymPy (the
independent truth), evaluates everything at the pair's points with 30 significant digits, checks
that the published gradient agrees with the truth and that each bug disagrees with it at its own
component, and writes (--write) or verifies (default) expected.json and the bug files.

Nothing here reads or runs the extension's engine: expected values come from SymPy alone.
"""
import json
import os
import sys

import sympy as sp

MATCH_RTOL = 1e-9   # published vs SymPy: a correct gradient agrees to rounding
BUG_RTOL = 1e-3     # a bug must be off by more than this at one point at least
CMP_RTOL = 1e-12    # expected.json vs a fresh run


def rel_err(a, b):
    scale = max(abs(a), abs(b))
    return 0.0 if scale == 0 else abs(a - b) / scale


def _num(expr, subs):
    v = sp.N(sp.sympify(expr).subs(subs), 30)
    if not v.is_real:
        raise ValueError(f'not a finite real value: {v}')
    return float(v)


def _floats(v):
    return [_floats(x) for x in v] if isinstance(v, (list, tuple)) else float(v)


def _read(path):
    with open(path, encoding='utf-8') as fh:
        return fh.read()


def _bug_text(original, old, new, last=False):
    """The original with `old` replaced once; `old` must be unique unless last=True (then the last
    occurrence is edited, for a gradient whose text is repeated verbatim earlier in the file)."""
    count = original.count(old)
    if count == 0 or (count > 1 and not last):
        raise ValueError(f'bug replacement {old!r} occurs {count} times in the original (needs exactly 1)')
    at = original.rindex(old)
    return original[:at] + new + original[at + len(old):]


def _changed_line(original, bugged):
    a, b = original.split('\n'), bugged.split('\n')
    if len(a) != len(b):
        raise ValueError('a bug must not add or remove lines')
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    if len(diff) != 1:
        raise ValueError(f'a bug must change exactly one line, changed {len(diff)}')
    return diff[0] + 1


def _line_of(text, marker, near):
    """1-based line of the component's statement: the last line at or before `near` containing marker."""
    lines = text.split('\n')
    for i in range(near - 1, -1, -1):
        if marker in lines[i]:
            return i + 1
    raise ValueError(f'component marker {marker!r} not found at or before line {near}')


def run(g):
    """g: the reference.py globals. Required: VARIABLES [(spelling, symbol)], PARAMS [(name, length)],
    OBJECTIVE, PUBLISHED {spelling: expr}, POINTS [[coordinates in VARIABLES order]], BUGS
    {name: dict(variable, old, new, description, expr, marker=None)}, EXT. Optional: DATA {symbol: value}
    for extra arguments the call passes (sign, a, b, p)."""
    here = os.path.dirname(os.path.abspath(g['__file__']))
    pid = os.path.basename(here)
    variables = g['VARIABLES']
    names = [n for n, _ in variables]
    syms = [s for _, s in variables]
    data = g.get('DATA', {})
    ext = g['EXT']
    objective = sp.sympify(g['OBJECTIVE']).subs(data)
    published = {k: sp.sympify(v).subs(data) for k, v in g['PUBLISHED'].items()}
    if sorted(published) != sorted(names):
        raise ValueError(f'{pid}: PUBLISHED must give every variable {names}')
    truth = [sp.diff(objective, s) for s in syms]

    def point_obj(coords):
        out, k = {}, 0
        for name, length in g['PARAMS']:
            if length is None:
                out[name] = coords[k]
                k += 1
            elif isinstance(length, list):   # blocks, e.g. Ceres parameters[i][j]
                out[name] = []
                for size in length:
                    out[name].append(list(coords[k:k + size]))
                    k += size
            else:
                out[name] = list(coords[k:k + length])
                k += length
        return out

    points = [list(map(float, p)) for p in g['POINTS']]
    subs = [dict(zip(syms, p)) for p in points]
    for p in subs:
        _num(objective, p)  # inside the domain: the objective is finite and real there
    gradient = [[_num(t, p) for t in truth] for p in subs]
    pub = [[_num(published[n], p) for n in names] for p in subs]
    worst = max(rel_err(a, b) for ga, gb in zip(pub, gradient) for a, b in zip(ga, gb))
    original_matches = worst <= MATCH_RTOL
    wrong_published = sorted({names[j] for ga, gb in zip(pub, gradient)
                              for j, (a, b) in enumerate(zip(ga, gb)) if rel_err(a, b) > MATCH_RTOL})

    original = _read(os.path.join(here, f'original.{ext}'))
    bugs = {}
    problems = []
    for bname, spec in g['BUGS'].items():
        var = spec['variable']
        j = names.index(var)
        text = _bug_text(original, spec['old'], spec['new'], spec.get('last', False))
        changed = _changed_line(original, text)
        line = _line_of(text, spec['marker'], changed) if spec.get('marker') else changed
        expr = sp.sympify(spec['expr']).subs(data)
        hand = [_num(expr, p) for p in subs]
        # A loop-built (vectorized) gradient cannot always be bugged in one component: such a bug
        # gives the whole buggy gradient in `exprs`, and the components it changes are listed.
        changed_vars = [var]
        if spec.get('exprs'):
            buggy = {k: sp.sympify(v).subs(data) for k, v in spec['exprs'].items()}
            if _num(buggy[var], subs[0]) != hand[0]:
                problems.append(f'{bname}: exprs[{var}] and expr disagree')
            changed_vars = [n for n in names
                            if any(rel_err(_num(buggy[n], p), pb[names.index(n)]) > MATCH_RTOL for p, pb in zip(subs, pub))]
        errs = [rel_err(h, gr[j]) for h, gr in zip(hand, gradient)]
        if max(errs) <= BUG_RTOL:
            problems.append(f'{bname}: differs from the truth by at most {max(errs):.3g} (needs > {BUG_RTOL})')
        # The bug's transcription must be what the buggy text computes: it differs from the published
        # component (else the replacement changed nothing of the math).
        if all(rel_err(h, pb[j]) <= MATCH_RTOL for h, pb in zip(hand, pub)):
            problems.append(f'{bname}: the buggy expression equals the published one at every point')
        bugs[bname] = {
            'variable': var,
            'line': line,
            'changed_line': changed,
            'description': spec['description'],
            'changed_variables': changed_vars,
            'handwritten_at_points': hand,
            'expected_at_points': [gr[j] for gr in gradient],
            'max_rel_error': max(errs),
            'file': f'{bname}.{ext}',
            '_text': text,
        }
    expected = {
        'id': pid,
        'variables': names,
        'params': [{'name': n, 'length': l} for n, l in g['PARAMS']],
        'data': {str(k): _floats(v) for k, v in g.get('DATA_JSON', {}).items()},
        'points': [point_obj(p) for p in points],
        'gradient': gradient,
        'published_at_points': pub,
        'original_matches': original_matches,
        'published_wrong_components': wrong_published,
        'bugs': {k: {kk: vv for kk, vv in v.items() if not kk.startswith('_')} for k, v in bugs.items()},
        'reference': f'reference.py, SymPy {sp.__version__}: diff of the hand-transcribed objective, 30 digits',
    }
    if g.get('EXPECT_ORIGINAL_WRONG'):
        if original_matches:
            problems.append('marked EXPECT_ORIGINAL_WRONG but the published gradient matches SymPy')
    elif not original_matches:
        problems.append(f'the published gradient disagrees with SymPy on {wrong_published} (rel {worst:.3g});'
                        ' if that is real, set EXPECT_ORIGINAL_WRONG = True')

    exp_path = os.path.join(here, 'expected.json')
    if '--write' in sys.argv:
        if problems:
            raise SystemExit(f'{pid}: ' + '; '.join(problems))
        with open(exp_path, 'w', encoding='utf-8') as fh:
            json.dump(expected, fh, indent=1)
            fh.write('\n')
        for bname, b in bugs.items():
            with open(os.path.join(here, b['file']), 'w', encoding='utf-8') as fh:
                fh.write(b['_text'])
        print(f'{pid}: wrote expected.json and {len(bugs)} bug files (original_matches={original_matches})')
        return
    # --check: the stored files are what this script produces.
    stored = json.loads(_read(exp_path))
    problems += _compare(stored, expected, '')
    for bname, b in bugs.items():
        if _read(os.path.join(here, b['file'])) != b['_text']:
            problems.append(f'{b["file"]} is not the original with the bug {bname} replacement')
    if problems:
        print(f'FAIL {pid}: ' + '; '.join(problems))
        raise SystemExit(1)
    print(f'ok {pid} (original_matches={original_matches})')


def _compare(a, b, where):
    if isinstance(a, float) or isinstance(b, float):
        if not isinstance(a, (int, float)) or not isinstance(b, (int, float)) or isinstance(a, bool):
            return [f'{where}: {a!r} != {b!r}']
        return [] if rel_err(float(a), float(b)) <= CMP_RTOL else [f'{where}: {a!r} != {b!r}']
    if isinstance(a, dict) and isinstance(b, dict):
        if sorted(a) != sorted(b):
            return [f'{where}: keys {sorted(a)} != {sorted(b)}']
        return [p for k in a for p in _compare(a[k], b[k], f'{where}.{k}')]
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return [f'{where}: length {len(a)} != {len(b)}']
        return [p for i, (x, y) in enumerate(zip(a, b)) for p in _compare(x, y, f'{where}[{i}]')]
    return [] if a == b else [f'{where}: {a!r} != {b!r}']


def vec(name, n, start=0):
    """SymPy symbols for the components of a vector argument: vec('x', 2) -> [x0, x1]."""
    return list(sp.symbols(' '.join(f'{name}{i}' for i in range(start, start + n)), real=True))
