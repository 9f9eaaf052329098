"""Shared helper of the real-code corpus references (test/corpus/lines/reference/<id>.py).

Each reference script transcribes the formula lines of one region BY HAND into SymPy (never with
the extension's engine) and writes test/corpus/lines/<lang>/<id>.json with, for every cursor
position, the expected values at a fixed point:

- partials: d(line)/d(name) for each name in the line (every name independent), evaluated where
  the line's intermediate names take the values the earlier lines give them;
- totals: d(line)/d(root) through the earlier lines the line depends on (None when it depends on
  none, or only on numeric constants, as then the hover shows no totals);
- the SymPy expressions as strings, for humans.

Conventions (what a correct hover shows, independent of how ours works):
- a name assigned a number or an expression of constants (`s = 1.70158 * 1.525`, `tau = 2 * Math.PI`)
  is a constant, substituted, not a variable;
- a name assigned in a loop or a branch above the line is an input (a barrier for that name);
- a reassigned name: the latest definition keeps its name, the input before any definition is
  `<name>_0`, earlier definitions `<name>_1`, `<name>_2` ... counted back from the cursor;
- `len(y)`, `length(y)`, `numel(y)` are the names `len_y`, `length_y`, `numel_y`.
"""
import importlib.util
import json
import os
import sys
import zlib

import sympy as sp

PREC = 30
HERE = os.path.dirname(os.path.abspath(__file__))


def _num(v):
    v = sp.N(v, PREC)
    if v.is_real is False or not v.is_finite:
        raise ValueError(f'value is not a finite real: {v}')
    return float(v)


class Region:
    def __init__(self, id, lang, repo, path, commit, start, end, ext, note='', context_from=None, imports=None):
        """Every formula line of lines start..end (of the public file) is recorded; the excerpt was
        modelled on the file from `context_from` (its helpers, its constants a hover also sees).
        `imports` maps an import specifier of the file to the corpus file (same folder) holding the
        imported file's text, which the harness hands to the hover as that sibling file."""
        assert len(commit) == 40
        first = context_from or start
        self.meta = dict(id=id, lang=lang, repo=repo, path=path, commit=commit, lines=[start, end],
                         text_lines=[first, end], file=f'{id}.{ext}', **({'imports': imports} if imports else {}),
                         note=note)
        self.start = first
        self.lines = _read_region(lang, f'{id}.{ext}')
        self.where = _excerpt_lines(self.meta)
        if self.where is not None:
            self.meta.update(verbatim=False, notes=self.where.pop(None))
        self.positions = []
        self.reset()

    # ---- scope -------------------------------------------------------------------------------
    def reset(self):
        """A new scope (function body): no definitions, no roots."""
        self.defs = {}    # Symbol -> expression in other symbols
        self.roots = {}   # Symbol -> value

    def root(self, name, value):
        s = sp.Symbol(name, real=True)
        self.roots[s] = value
        return s

    def define(self, name, expr):
        """An earlier line `name = expr` that the hover follows. Returns the symbol."""
        s = sp.Symbol(name, real=True)
        self.defs[s] = sp.sympify(expr)
        return s

    # ---- evaluation --------------------------------------------------------------------------
    def _expand(self, e, depth=0):
        assert depth < 50
        subs = {s: self.defs[s] for s in e.free_symbols if s in self.defs}
        if not subs:
            return e
        return self._expand(e.xreplace(subs), depth + 1)

    def _point(self, e):
        missing = [s for s in self._expand(e).free_symbols if s not in self.roots]
        assert not missing, f'no value for {missing}'
        return dict(self.roots)

    def _value(self, e, point):
        return _num(self._expand(e).xreplace({k: sp.Float(v, PREC) for k, v in point.items()}))

    # ---- positions ---------------------------------------------------------------------------
    def _line(self, line):
        """The line of the kept text that holds the public file's line `line`."""
        if self.where is None:
            return line - self.start + 1
        assert line in self.where, f'line {line} of the public file is not in the excerpt (run excerpt.py)'
        return self.where[line]

    def _column(self, line, column):
        """1-based column; a string is a needle on that line (the cursor on its first character)."""
        row = self.lines[self._line(line) - 1]
        if isinstance(column, int):
            assert column <= len(row) + 1, (line, column, row)
            return column
        after = column.startswith('>')  # '>return ': the cursor just after the needle
        needle = column[1:] if after else column
        i = row.find(needle)
        assert i >= 0, f'{needle!r} not on line {line}: {row!r}'
        if after:  # on the expression itself, past the spaces after the needle
            i += len(needle)
            while i < len(row) and row[i] == ' ':
                i += 1
        return i + 1

    def formula(self, line, column, expr, target=None, define=None, note=''):
        """A formula line: the cursor at (line, column) of the original file (1-based)."""
        column = self._column(line, column)
        expr = sp.sympify(expr)
        point = self._point(expr)
        names = sorted(expr.free_symbols, key=lambda s: s.name)
        partials = {s.name: self._value(sp.diff(expr, s), point) for s in names}
        used = [s for s in names if s in self.defs]
        full = self._expand(expr)
        totals = None
        if used:
            roots = sorted(full.free_symbols, key=lambda s: s.name)
            totals = {s.name: self._value(sp.diff(full, s), point) for s in roots}
        # only the root inputs get values: a name the hover fails to follow takes a default value
        # of its own, as the user would see it, and its derivatives then differ
        at = {s.name: float(v) for s, v in point.items() if s in full.free_symbols}
        self.positions.append(dict(
            kind='formula', line=self._line(line), column=column, source_line=line,
            target=target, at=at, partials=partials, totals=totals,
            sympy=str(expr), sympy_total=str(full) if used else None, note=note,
        ))
        if define:
            self.define(define, expr)

    def array(self, line, column, f, inputs, wrt, output='scalar', lhs=None, total=None, numpy='', external=(), note=''):
        """A line of array code (issue #11), measured as the array corpus measures its cases
        (test/corpus/arrays/expected.py, whose NumPy helpers do the work): `f` transcribes the line BY
        HAND into NumPy at concrete small shapes (`inputs`: name -> (shape, how drawn)), the point is
        seeded per position, the gradient (a scalar line) or the backward pass with a seeded upstream
        `d<lhs>` (an array line) is taken by central differences in float64 and checked against a
        second step. `total`: dict(f, inputs, wrt) through the earlier lines, by the root inputs.
        `external`: functions of other files the totals run through; a hover that gives no totals
        but names each of them is right (the line's own gradients must still be given)."""
        ex = _arrays()
        column = self._column(line, column)
        seed = zlib.crc32(f"{self.meta['id']}:{line}".encode())
        case = ex.case(self.meta['id'], self.meta['file'], '', f, inputs, wrt, output, lhs, total)
        rec = ex.rounded(ex.measure(case, seed))
        self.positions.append(dict(kind='array', line=self._line(line), column=column, source_line=line,
                                   output=output, **{k: v for k, v in rec.items() if k in ARRAY_FIELDS},
                                   numpy=numpy, external=list(external), note=note))

    def decline(self, line, column, why):
        """A line that is not math: the hover should show nothing (or say why)."""
        column = self._column(line, column)
        self.positions.append(dict(kind='decline', line=self._line(line), column=column,
                                   source_line=line, why=why))

    def write(self):
        out = dict(self.meta, positions=self.positions)
        path = os.path.join(HERE, '..', self.meta['lang'], self.meta['id'] + '.json')
        with open(path, 'w') as f:
            json.dump(out, f, indent=1)
            f.write('\n')
        print(f"{self.meta['id']}: {sum(p['kind'] == 'formula' for p in self.positions)} formula, "
              f"{sum(p['kind'] == 'array' for p in self.positions)} array, "
              f"{sum(p['kind'] == 'decline' for p in self.positions)} decline", file=sys.stderr)


# what an array position keeps of the array corpus's record (test/corpus/arrays/README.md)
ARRAY_FIELDS = ('at', 'gradient', 'lhs', 'upstream', 'value', 'total')


def _arrays():
    """The array corpus's NumPy helpers (one implementation for both corpora)."""
    path = os.path.join(HERE, '..', '..', 'arrays', 'expected.py')
    spec = importlib.util.spec_from_file_location('arrays_expected', path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _read_region(lang, file):
    """The region's committed text: a modelled excerpt (README, Provenance) or, before its
    conversion, the public file's lines."""
    with open(os.path.join(HERE, '..', lang, file), newline='') as f:
        return f.read().split('\n')


def _excerpt_lines(meta):
    """For a modelled excerpt (`verbatim: false`), the public file's measured lines -> the excerpt's
    lines, as excerpt.py recorded them in the region's json (and its notes under the key None)."""
    path = os.path.join(HERE, '..', meta['lang'], meta['id'] + '.json')
    if not os.path.exists(path):
        return None
    with open(path) as f:
        old = json.load(f)
    if old.get('verbatim', True):
        return None
    where = {p['source_line']: p['line'] for p in old['positions']}
    where[None] = old.get('notes', [])
    return where
