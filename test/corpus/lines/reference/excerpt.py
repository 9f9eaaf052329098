"""Re-point a region's positions at its modelled excerpt (README: "Provenance: modelled, not copied").

    python3 excerpt.py <lang>/<id> [--from REV] [--note TEXT]...

The excerpt `<lang>/<id>.<ext>` is written by hand; it keeps every measured line (a line with a
position) exactly as the public file has it. This script finds each position's line text, as the
region's file held it at REV (default HEAD), in the excerpt (in order: the k-th measured line after
the (k-1)-th), and rewrites the positions' `line`; `source_line` (the public file's line) and the
columns and values stay. It marks the region `verbatim: false` and records the `notes` (departures
from the public file). It fails when a measured line is missing or changed.
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = os.path.dirname(HERE)


def git_show(rev, rel):
    root = subprocess.run(['git', 'rev-parse', '--show-toplevel'], cwd=HERE, check=True,
                          capture_output=True, text=True).stdout.strip()
    path = os.path.relpath(os.path.join(LINES, rel), root)
    return subprocess.run(['git', 'show', f'{rev}:{path}'], cwd=root, check=True,
                          capture_output=True).stdout.decode('utf8')


def remap(region, old_region, old_text, new_text):
    """Positions with `line` pointing into new_text; raises when a measured line is not found."""
    old_rows, new_rows = old_text.split('\n'), new_text.split('\n')
    wanted = {}  # source line -> its text (as the old file has it)
    for p in old_region['positions']:
        wanted[p['source_line']] = old_rows[p['line'] - 1]
    where, at = {}, 0
    for src in sorted(wanted):
        row = wanted[src]
        try:
            i = new_rows.index(row, at)
        except ValueError:
            raise SystemExit(f"{region['id']}: line {src} not in the excerpt (after its line {at}): {row!r}")
        if new_rows.count(row) > 1:
            print(f"{region['id']}: note, line {src} occurs {new_rows.count(row)} times; took line {i + 1}",
                  file=sys.stderr)
        where[src] = i + 1
        at = i + 1
    for p in region['positions']:
        p['line'] = where[p['source_line']]
    return region


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('region', help='<lang>/<id>')
    ap.add_argument('--from', dest='rev', default='HEAD')
    ap.add_argument('--note', action='append', default=[])
    a = ap.parse_args()
    jpath = os.path.join(LINES, a.region + '.json')
    region = json.load(open(jpath))
    old_region = json.loads(git_show(a.rev, a.region + '.json'))
    lang = os.path.dirname(a.region)
    old_text = git_show(a.rev, os.path.join(lang, old_region['file']))
    new_text = open(os.path.join(LINES, lang, region['file']), newline='').read()
    remap(region, old_region, old_text, new_text)
    notes = a.note or region.get('notes', [])
    out = {k: v for k, v in region.items() if k not in ('positions', 'verbatim', 'notes')}
    out.update(verbatim=False, notes=notes, positions=region['positions'])
    with open(jpath, 'w') as f:
        json.dump(out, f, indent=1, ensure_ascii=True)
        f.write('\n')
    print(f"{region['id']}: {len(new_text.split(chr(10)))} lines, "
          f"{len(set(p['source_line'] for p in region['positions']))} measured", file=sys.stderr)


if __name__ == '__main__':
    main()
