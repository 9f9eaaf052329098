/** Local partial derivatives of f(args) w.r.t. each argument; `self` is the node f(args) itself. */
export type { Rule } from '../functions/record';
