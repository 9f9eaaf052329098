// Markdown: the math is inside $…$ or $$…$$ (or \( … \), \[ … \]); it goes to the LaTeX front-end
// with errors shifted to the column in the Markdown text.
import { InputError } from '../types';
import type { MathNode } from '../mathjs';
import { lineColumn } from './errors';
import { parseLatexExpression, parseLatexStatement } from './latex';
import type { ParseOptions, Statement } from './types';

/** The first math span: its content and its offset in the text. Without delimiters, the whole text. */
export function mathSpan(text: string): { math: string; offset: number } {
  const m = /\$\$([\s\S]+?)\$\$|(?<!\\)\$([^$]+?)\$|\\\(([\s\S]+?)\\\)|\\\[([\s\S]+?)\\\]/.exec(text);
  if (!m) return { math: text, offset: 0 };
  const i = m[1] !== undefined ? 1 : m[2] !== undefined ? 2 : m[3] !== undefined ? 3 : 4;
  const open = i === 2 ? 1 : 2;
  return { math: m[i], offset: m.index + open };
}

function shifted<T>(text: string, offset: number, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (!(e instanceof InputError) || e.column === undefined || offset === 0) throw e;
    const pos = lineColumn(text, offset);
    const column = (e.line ?? 1) === 1 ? e.column + pos.column - 1 : e.column;
    const line = (e.line ?? 1) + pos.line - 1;
    const where = line > 1 ? `at line ${line}, column ${column}` : `at column ${column}`;
    throw new InputError(e.message.replace(/at (?:line \d+, )?column \d+/, where), column, line);
  }
}

export function parseMarkdownStatement(text: string, opts?: ParseOptions): Statement {
  const { math, offset } = mathSpan(text);
  const st = shifted(text, offset, () => parseLatexStatement(math, opts));
  return { ...st, offset: st.offset + offset };
}

export function parseMarkdownExpression(text: string, opts?: ParseOptions): MathNode {
  const { math, offset } = mathSpan(text);
  return shifted(text, offset, () => parseLatexExpression(math, opts));
}
