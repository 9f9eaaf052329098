// The array engine: a three-layer MLP loss in array form, every gradient (parse, shapes, reverse
// sweep, printing in NumPy), and the numeric gradient at a point of realistic size. Target < 5 ms.
import { analyzeArray, compileArray, type NDArray } from '../../src/core/array';
import { medianCallMs, section, table } from './harness';

const MLP =
  'np.mean((np.tanh(np.tanh(X @ W1 + b1) @ W2 + b2) @ W3 + b3 - Y) ** 2) + lam * (np.sum(W1 ** 2) + np.sum(W2 ** 2) + np.sum(W3 ** 2))';
const MLP_CE =
  '-np.mean(scipy.special.log_softmax(np.maximum(np.maximum(X @ W1 + b1, 0) @ W2 + b2, 0) @ W3 + b3, axis=1)[np.arange(X.shape[0]), y])';
const SHAPES = { X: [32, 8], W1: [8, 16], b1: [16], W2: [16, 16], b2: [16], W3: [16, 4], b3: [4], Y: [32, 4], lam: [], y: [32] };

function values(): Record<string, NDArray> {
  let s = 1;
  const r = () => ((s = (s * 16807) % 2147483647) / 2147483647) * 2 - 1;
  const make = (shape: number[]): NDArray => (shape.length === 0 ? r() : Array.from({ length: shape[0] }, () => make(shape.slice(1))));
  const out: Record<string, NDArray> = {};
  for (const [k, v] of Object.entries(SHAPES)) out[k] = make(v);
  out.lam = 0.01;
  out.y = Array.from({ length: 32 }, (_, i) => i % 4);
  return out;
}

section('array engine: three-layer MLP loss, all gradients (target < 5 ms)', () => {
  const at = values();
  const rows: (string | number)[][] = [];
  for (const [name, text] of [
    ['MLP, squared error + weight decay', MLP],
    ['MLP, ReLU + softmax cross-entropy', MLP_CE],
  ]) {
    const symbolic = medianCallMs(() => analyzeArray(text, 'python', { shapes: SHAPES }), 300);
    const compiled = compileArray(text, 'python', SHAPES);
    const numeric = medianCallMs(() => compiled.gradient(at), 300);
    const both = medianCallMs(() => compileArray(text, 'python', SHAPES).gradient(at), 300);
    rows.push([name, symbolic, numeric, both]);
  }
  table(['expression (X 32×8, three layers)', 'symbolic, printed (ms)', 'gradient at a point (ms)', 'compile + gradient (ms)'], rows);
  console.log('\nsymbolic: parse, infer shapes, reverse sweep, print every gradient in NumPy; at a point: evaluate them all on arrays.');
});
