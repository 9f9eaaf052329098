#!/usr/bin/env python3
"""Re-run every pair's reference.py (SymPy) and verify its expected.json and bug files.

    python3 test/corpus/gradients/check_references.py          # verify all
    python3 test/corpus/gradients/check_references.py --write  # regenerate (after editing a reference.py)
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


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
    print(f'{passed} passed, {failed} failed')
    sys.exit(1 if failed or not ids else 0)


if __name__ == '__main__':
    main()
