"""Writes a pair's source.json from keyword arguments (used while building the corpus; kept so the
format stays one place): python3 _mksource.py ID key=value ... (values parsed as JSON when they parse)."""
import json, os, sys

pid, *kv = sys.argv[1:]
out = {}
for item in kv:
    k, v = item.split('=', 1)
    try:
        out[k] = json.loads(v)
    except json.JSONDecodeError:
        out[k] = v
out.setdefault('verbatim', False)
required = ['repo', 'path', 'commit', 'lines', 'language', 'license', 'objective', 'gradient', 'objective_name',
            'gradient_name', 'pairing', 'x0', 'vectorized', 'notes']
missing = [k for k in required if k not in out]
if missing:
    raise SystemExit(f'{pid}: missing {missing}')
if len(out['commit']) != 40:
    raise SystemExit(f'{pid}: commit must be 40 hex digits')
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), pid, 'source.json')
with open(path, 'w', encoding='utf-8') as fh:
    json.dump(out, fh, indent=1, ensure_ascii=False)
    fh.write('\n')
print('wrote', path)
