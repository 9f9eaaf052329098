import { generate } from './test/unit/array/gen';
import { analyzeArray } from './src/core/array';
const t = generate(214385283); console.log(t);
try { console.log(JSON.stringify(analyzeArray(t, 'python', { shapes: { X: [1, 2], W: [2, 1], A: [2, 2], u: [1], w: [2], v: [1], s: [] } }))); } catch (e) { console.log((e as Error).stack); }
