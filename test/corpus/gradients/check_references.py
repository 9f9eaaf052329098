#!/usr/bin/env python3
"""Re-run every pair's reference.py (SymPy) and verify its expected.json and bug files.

    python3 test/corpus/gradients/check_references.py          # verify all
    python3 test/corpus/gradients/check_references.py --write  # regenerate (after editing a reference.py)
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ['python', 'julia', 'r', 'matlab', 'c', 'cpp', 'javascript', 'typescript']
BEGIN, END = '<!-- pairs table: written by check_references.py --write -->', '<!-- end of pairs table -->'


def table(ids):
    """The README's pairs table and per-language counts, from source.json and expected.json."""
    meta = {i: (json.load(open(os.path.join(HERE, i, 'source.json'))),
                json.load(open(os.path.join(HERE, i, 'expected.json')))) for i in ids}
    ids = sorted(ids, key=lambda i: (ORDER.index(meta[i][0]['language']), i))
    out = ['| id | language | repo | path | commit | pairing | vectorized | published gradient |',
           '|---|---|---|---|---|---|---|---|']
    counts = {}
    for i in ids:
        s, e = meta[i]
        c = counts.setdefault(s['language'], [0, 0, 0])
        c[0] += 1
        c[1] += bool(s['vectorized'])
        c[2] += not e['original_matches']
        pub = 'correct' if e['original_matches'] else '**wrong**: ' + ', '.join(e['published_wrong_components'])
        pairing = s['pairing'].replace('|', '\\|')
        out.append(f"| `{i}` | {s['language']} | {s['repo']} | `{s['path']}` | `{s['commit'][:12]}` | {pairing} | "
                   f"{'yes' if s['vectorized'] else 'no'} | {pub} |")
    out += ['', '| language | pairs | vectorized | published gradient wrong |', '|---|---|---|---|']
    for lang in ORDER:
        c = counts.get(lang, [0, 0, 0])
        out.append(f'| {lang} | {c[0]} | {c[1]} | {c[2]} |')
    tot = [sum(c[k] for c in counts.values()) for k in range(3)]
    out.append(f'| **total** | {tot[0]} | {tot[1]} | {tot[2]} |')
    return '\n'.join(out)


def readme_with_table(ids):
    path = os.path.join(HERE, 'README.md')
    text = open(path, encoding='utf-8').read()
    a, b = text.index(BEGIN) + len(BEGIN), text.index(END)
    return path, text, text[:a] + '\n' + table(ids) + '\n' + text[b:]


def main():
    extra = ['--write'] if '--write' in sys.argv else []
    ids = sorted(d for d in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, d, 'reference.py')))
    passed = failed = 0
    for pid in ids:
        proc = subprocess.run([sys.executable, os.path.join(HERE, pid, 'reference.py'), *extra],
                              capture_output=True, text=True, timeout=300)
        out = (proc.stdout + proc.stderr).strip()
        if proc.returncode == 0:
            passed += 1
            print(out.splitlines()[-1] if out else f'ok {pid}')
        else:
            failed += 1
            print(f'FAIL {pid}:\n{out}')
    path, old, new = readme_with_table(ids)
    if extra:
        open(path, 'w', encoding='utf-8').write(new)
    elif old != new:
        failed += 1
        print('FAIL README.md: the pairs table is out of date (run with --write)')
    print(f'{passed} passed, {failed} failed')
    sys.exit(1 if failed or not ids else 0)


if __name__ == '__main__':
    main()
