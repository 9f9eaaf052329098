// Geometry helpers. Hover the formulas to see how each result changes with each parameter.

/** Volume of an ellipsoid with semi-axes a, b, c. */
export function ellipsoidVolume(a: number, b: number, c: number): number {
  return (4 / 3) * Math.PI * a * b * c;
}

/** Euclidean distance between two points in the plane. */
export function distance(x1: number, y1: number, x2: number, y2: number): number {
  return Math.hypot(x2 - x1, y2 - y1);
}

/** Area of a triangle from two sides and the angle between them. */
export function triangleArea(a: number, b: number, gamma: number): number {
  return 0.5 * a * b * Math.sin(gamma);
}

/** Surface area of a cylinder of radius r and height h. */
export function cylinderSurface(r: number, h: number): number {
  return 2 * Math.PI * r * (r + h);
}

/** Angle of the vector (x, y) from the x axis. */
export function heading(x: number, y: number): number {
  return Math.atan2(y, x);
}
