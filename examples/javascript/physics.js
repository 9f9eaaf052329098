// Projectile motion without air resistance. Hover an expression to see its derivatives,
// e.g. the height y with respect to time t or launch angle theta.
'use strict';

const g = 9.81; // m/s^2

function position(v0, theta, t) {
  const x = v0 * Math.cos(theta) * t;
  const y = v0 * Math.sin(theta) * t - 0.5 * g * t ** 2;
  return { x, y };
}

function timeOfFlight(v0, theta) {
  return (2 * v0 * Math.sin(theta)) / g;
}

function range(v0, theta) {
  // dR/dtheta = 2 * v0^2 * cos(2*theta) / g, zero at 45 degrees
  return (v0 ** 2 * Math.sin(2 * theta)) / g;
}

function maxHeight(v0, theta) {
  return Math.pow(v0 * Math.sin(theta), 2) / (2 * g);
}

function kineticEnergy(m, vx, vy) {
  return 0.5 * m * (vx * vx + vy * vy);
}

const v0 = 20;
const theta = Math.PI / 4;
console.log(position(v0, theta, 1), timeOfFlight(v0, theta), range(v0, theta), maxHeight(v0, theta));
console.log(kineticEnergy(0.145, 14.1, 4.3));
