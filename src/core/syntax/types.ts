// What the front-ends hand to the engine.
import type { MathNode } from '../mathjs';

/** One parsed statement: `y = expr`, `return expr`, a bare expression, or a tuple of outputs. */
export interface Statement {
  /** Assigned name(s): `y` for `y = …`, `['a', 'b']` for `a, b = e1, e2`; absent for a bare expression. */
  target?: string | string[];
  /** The right-hand side; for tuple outputs, the first output. */
  expression: MathNode;
  /** Tuple/list outputs `(e1, e2)` / `[e1, e2]` / `e1, e2`, in order. */
  outputs?: MathNode[];
  /** Source text of the expression part (right-hand side), trimmed. */
  text: string;
  /** 0-based offset of `text` within the text given to the parser. */
  offset: number;
  /** What the reader should know about how it was read (reductions over arrays read per element). */
  notes?: string[];
}

export interface ParseOptions {
  /** User-defined function names to keep as calls (not reported as unknown functions). */
  functions?: string[];
}
