// Easing curves in the manner of d3-ease: module constants in one comma declaration, and a
// piecewise helper whose branches all return.
var pi = Math.PI,
  halfPi = pi / 2;

export function sinOut(t) {
  return Math.sin(t * halfPi);
}

function bounceOut(p) {
  if (p < 4 / 11) {
    return (121 * p * p) / 16;
  } else if (p < 8 / 11) {
    return (363 / 40) * p * p - (99 / 10) * p + 17 / 5;
  }
  return (54 / 5) * p * p - (513 / 25) * p + 268 / 25;
}

export function bounceIn(t) {
  return 1 - bounceOut(1 - t);
}
