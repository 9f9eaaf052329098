// Back easing with an optional overshoot: `typeof scale !== 'undefined' ? scale : 1.70158` is a
// default value, read as `scale` when it is given. Hover the return line for totals through s.
function backIn(t, scale) {
  var s = typeof scale !== 'undefined' ? scale : 1.70158;
  return t * t * ((s + 1) * t - s);
}

module.exports = { backIn };
