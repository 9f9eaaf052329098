import type { Node } from '../node';

/** Local partial derivatives of f(args) w.r.t. each argument; `self` is the node f(args) itself. */
export type Rule = (args: readonly Node[], self: Node) => Node[];
