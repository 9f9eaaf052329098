// What detection returns: where the math is, its text, and the context dataflow collected.
import type { Lang } from '../types';
import type { Family } from './families';
import type { LineIndex } from './lines';
import type { CellAbove } from './notebook';
import type { FileReader } from './importPaths';
import type { Origin } from './external';
import type { Window } from './window';

export interface Range {
  /** Offsets into the document text, end exclusive. */
  start: number;
  end: number;
}

export interface FunctionDef {
  params: string[];
  /** Body expression text, in the language of the math found (`lang` of MathAt). */
  body: string;
  /** Other methods of the name, each of another arity (Julia dispatch, C++ overloads): a call takes the one of its arity. */
  methods?: { params: string[]; body: string }[];
}

export interface MathContext {
  /** Earlier straight-line assignments the expression depends on: name → expression text. */
  where: Record<string, string>;
  /** Helper functions with a single-expression body defined in the scope above. */
  functions: Record<string, FunctionDef>;
  /** Names given a plain number in scope (`g = 9.81`): constants, not variables. */
  constants: Record<string, number>;
  /** Constants declared so (`const c1 = 1.70158`): never taken as the inputs, even when nothing else varies. */
  fixed?: string[];
  /** Names renamed because they were reassigned (`x_1` is `x` before line 12), for display. */
  renamed: Record<string, string>;
  /** Why following assignments stopped early (a loop, a branch, a cell boundary), for the user. */
  notes: string[];
  /** Functions the expression calls that another file defines and whose definition was not read (name → where from, why): no derivative here, the hover says so. */
  external?: Record<string, Origin>;
  /**
   * Math the front-end cannot read, said instead of derivatives (`unknown function 'Var' at column
   * 11` in a LaTeX formula): the span is math by its delimiters, so the hover says why, never nothing.
   */
  unreadable?: string;
  /** Numeric defaults of the enclosing function's parameters (`lr=0.1`): where a point starts. */
  defaults?: Record<string, number>;
}

export interface MathAt {
  range: Range;
  /** Source text of the expression (the right-hand side), as written. */
  text: string;
  /** The text handed to the parser (continuations joined; renamed for reassignments). */
  parseText: string;
  kind: 'code' | 'comment' | 'latex';
  /** Language of `parseText`/`where`/`functions`: the document's language for code, `math` in comments. */
  lang: Lang;
  statement: {
    /** Assigned name, or a helper function's name; absent for a bare expression or a return. */
    target?: string;
    /** Parameters when the expression is a helper function's body. */
    params?: string[];
    text: string;
    range: Range;
    /** 1-based line of the statement start. */
    line: number;
  };
  context: MathContext;
}

/**
 * Decides whether a text is math the engine understands (a front-end parse that succeeds).
 * `relaxed` accepts bare names and numbers too (definitions followed by dataflow).
 */
export type MathCheck = (text: string, lang: Lang, functions: string[], relaxed?: boolean) => boolean;

export interface FindOptions {
  /** Consider math in comments and docstrings (setting `hover.comments`). Default true. */
  comments?: boolean;
  /** Follow earlier assignments (dataflow). Default true. */
  dataflow?: boolean;
  /** Override the parse check (tests); defaults to the syntax front-ends. */
  isMath?: MathCheck;
  /**
   * In a notebook: the cells above the cursor's, in document order (notebook.ts). Code cells of the
   * same language are read as the text above the cell; cells below must not be passed.
   */
  cells?: readonly CellAbove[];
  /**
   * Text of other files by path relative to the document's folder (imported.ts): the definitions of
   * imported functions are read from them. Without it, a call into another file is named, not read.
   */
  files?: FileReader;
  /** Filled with how many characters were looked at (bounded by the window budget). */
  stats?: { scanned: number };
}

/** One request, as every scanner sees it: the text, the cursor, the window looked at, its lines, the math test. */
export interface ScanRequest {
  text: string;
  /** The cursor's offset in `text`. */
  offset: number;
  win: Window;
  lines: LineIndex;
  isMath: MathCheck;
}

/** What the code scanners share for one request: the request, the language family and the function names known. */
export interface ScanContext extends ScanRequest {
  fam: Family;
  /** Function names known in the window (helpers and the language's own). */
  functions: string[];
  /** Other files' text (FindOptions.files). */
  files?: FileReader;
}
