// Fit y = a*x + b to three measurements by a hand-rolled gradient descent. No optimizer call says
// which function is the gradient of which: pair them with "Derivative Inspector: Pair Gradient…"
// (sse as the objective, slopeOfSse as its gradient) and the CodeLens shows the verdict.

function sse(p) {
  const a = p[0];
  const b = p[1];
  return (a * 1 + b - 2) ** 2 + (a * 2 + b - 2.9) ** 2 + (a * 3 + b - 4.2) ** 2;
}

function slopeOfSse(p) {
  const a = p[0];
  const b = p[1];
  const r1 = a * 1 + b - 2;
  const r2 = a * 2 + b - 2.9;
  const r3 = a * 3 + b - 4.2;
  return [2 * (r1 + 2 * r2 + 3 * r3), 2 * (r1 + r2 + r3)];
}

let p = [0, 0];
for (let i = 0; i < 500; i++) {
  const g = slopeOfSse(p);
  p = [p[0] - 0.02 * g[0], p[1] - 0.02 * g[1]];
}
console.log(p, sse(p));
