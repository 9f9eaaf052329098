function sineInOut(t) {
  return -0.5 * (Math.cos(Math.PI*t) - 1)
}
module.exports = sineInOut
