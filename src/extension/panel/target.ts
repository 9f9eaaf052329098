// What a panel command works on: the expression (with the code's dataflow) from the hover link's
// arguments, or from the active editor's selection / the math at its cursor (findMathAt).
import * as vscode from 'vscode';
import { externalProblem, findMathAt, type FileReader, type MathAt } from '../../core/document';
import { sharedImportedFiles } from '../importedFiles';
import { analyzeFound } from '../../core/hover';
import { codeConstants } from '../../core/report/point';
import type { ReportSource } from '../../core/report/buildReport';
import { LANGS, type Lang, type Point } from '../../core/types';
import { languageOf } from '../config';
import { cellContext, textWithCellsAbove } from '../notebook';
import { names } from '../../core/names';
import { shapesAt } from '../../core/document/arrayShapes';

export interface Target {
  src: ReportSource;
  /** The document the expression is in (absent for a typed expression). */
  document?: vscode.TextDocument;
  /** 0-based line of the expression. */
  line: number;
  /** Numbers for the variables found in the code or carried by the hover link. */
  constants: Point;
  /** Why there is nothing to check: a function of another file whose definition was not read. */
  problem?: string;
}

type Args = Record<string, unknown>;

const isRecord = (v: unknown): v is Args => !!v && typeof v === 'object' && !Array.isArray(v);

function stringRecord(v: unknown): Record<string, string> | undefined {
  if (!isRecord(v)) return undefined;
  const out: Record<string, string> = names();
  for (const [k, s] of Object.entries(v)) if (typeof s === 'string') out[k] = s;
  return out;
}

function numberRecord(v: unknown): Point {
  const out: Point = names();
  if (isRecord(v)) for (const [k, n] of Object.entries(v)) if (typeof n === 'number' && Number.isFinite(n)) out[k] = n;
  return out;
}

/** `{X: [5, 'n'], b: []}` from a hover link's arguments (anything else is dropped). */
function shapesOf(v: unknown): ReportSource['shapes'] {
  if (!isRecord(v)) return undefined;
  const out: NonNullable<ReportSource['shapes']> = names();
  for (const [k, s] of Object.entries(v))
    if (Array.isArray(s) && s.every((d) => typeof d === 'string' || (typeof d === 'number' && Number.isSafeInteger(d) && d > 0)))
      out[k] = s;
  return out;
}

/** The array shapes the code states above `offset`, by name (none when the code states none). */
function codeShapes(text: string, lang: Lang, offset: number): ReportSource['shapes'] {
  const facts = shapesAt(text, lang, offset);
  const out = names(Object.entries(facts).map(([k, f]) => [k, f.shape] as const));
  return Object.keys(out).length ? out : undefined;
}

function functionsOf(v: unknown): ReportSource['functions'] {
  if (!isRecord(v)) return undefined;
  const out: NonNullable<ReportSource['functions']> = names();
  for (const [k, f] of Object.entries(v)) {
    if (isRecord(f) && Array.isArray(f.params) && f.params.every((p) => typeof p === 'string') && typeof f.body === 'string') {
      out[k] = { params: f.params as string[], body: f.body };
    }
  }
  return out;
}

async function openDocument(uri: unknown): Promise<vscode.TextDocument | undefined> {
  if (typeof uri !== 'string') return vscode.window.activeTextEditor?.document;
  const parsed = vscode.Uri.parse(uri);
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === parsed.toString()) ?? vscode.workspace.openTextDocument(parsed);
}

/** The math at an offset of a document (its selection when `selection` is given), with dataflow. */
export function targetAt(document: vscode.TextDocument, offset: number, selection?: string, files?: FileReader): Target | undefined {
  const lang = languageOf(document);
  if (!lang) return undefined;
  const text = document.getText();
  // a notebook cell: the code cells above it are read as the text above (dataflow and values)
  const found = findMathAt(text, lang, offset, { cells: cellContext(document)?.cells(), files });
  const above = textWithCellsAbove(document, lang, offset);
  const constants = { ...codeConstants(above.text, above.offset), ...(found?.context.defaults ?? {}), ...(found?.context.constants ?? {}) };
  if (selection && selection.trim() && (!found || found.text.trim() !== selection.trim())) {
    return {
      src: {
        source: selection.trim(),
        lang,
        where: found?.context.where,
        functions: found?.context.functions,
        target: found?.statement.target,
        shapes: codeShapes(text, lang, offset),
      },
      document,
      line: document.positionAt(offset).line,
      constants,
    };
  }
  if (!found) return undefined;
  return {
    src: {
      source: found.parseText,
      lang: found.lang,
      where: analyzedWhere(found),
      functions: found.context.functions,
      target: found.statement.target,
      shapes: found.kind === 'code' ? codeShapes(text, found.lang, offset) : undefined,
    },
    document,
    line: found.statement.line - 1,
    constants,
    ...(found.context.external && { problem: externalProblem(found.context.external) }),
  };
}

/** targetAt with the imported files it asks for read first (as the hover reads them); a call into a file not read is an error naming it. */
async function targetReading(document: vscode.TextDocument, offset: number, selection?: string): Promise<Target | undefined> {
  const imports = sharedImportedFiles();
  const t = imports
    ? (
        await imports.run(
          document.uri,
          (files) => targetAt(document, offset, selection, files),
          () => false,
        )
      ).result
    : targetAt(document, offset, selection);
  if (t?.problem) throw new Error(t.problem);
  return t;
}

/**
 * The definitions as the hover analyzes them: numbers assigned in the code are constants, unless
 * that leaves nothing to differentiate (`w, b, x = 0.5, 0.1, 2.0` then `np.tanh(w * x + b)`): then
 * they are the inputs, at their values (analyzeFound), rather than a check of 0 derivatives.
 */
function analyzedWhere(found: MathAt): Record<string, string> {
  try {
    return analyzeFound(found).where;
  } catch {
    return found.context.where; // the report says what cannot be analyzed
  }
}

/**
 * The target of a command: hover-link arguments `{uri, position, expression, lang, where, functions,
 * at, line}`, `{uri, line, character}`, `{expression, lang}`, or nothing (the active editor).
 */
export async function resolveTarget(arg: unknown): Promise<Target> {
  if (isRecord(arg)) {
    const document = await openDocument(arg.uri);
    if (typeof arg.expression === 'string' && arg.expression.trim()) {
      const lang = typeof arg.lang === 'string' && (LANGS as readonly string[]).includes(arg.lang) ? (arg.lang as Lang) : 'math';
      const line = typeof arg.line === 'number' ? Math.max(0, arg.line - 1) : 0;
      const at = numberRecord(arg.at);
      const above = document && textWithCellsAbove(document, lang, document.offsetAt(new vscode.Position(line, 0)));
      const constants = above ? { ...codeConstants(above.text, above.offset), ...at } : at;
      // The hover's target name (f in `def f`) comes from detection at the same place.
      const pos = isRecord(arg.position) ? arg.position : undefined;
      const again =
        document && pos && typeof pos.line === 'number' && typeof pos.character === 'number'
          ? targetAt(document, document.offsetAt(new vscode.Position(pos.line, pos.character)))
          : undefined;
      return {
        src: {
          source: arg.expression,
          lang,
          // the same expression found again at the link's position: its definitions as analyzed there
          where: again && again.src.source === arg.expression ? again.src.where : stringRecord(arg.where),
          functions: functionsOf(arg.functions),
          target: again?.src.target,
          shapes: shapesOf(arg.shapes) ?? again?.src.shapes,
        },
        document,
        line,
        constants,
      };
    }
    if (document && typeof arg.line === 'number') {
      const character = typeof arg.character === 'number' ? arg.character : 0;
      const t = await targetReading(document, document.offsetAt(new vscode.Position(arg.line, character)));
      if (t) return t;
      throw new Error(`no math found at line ${arg.line + 1}, column ${character + 1}`);
    }
  }
  const editor = vscode.window.activeTextEditor;
  if (!editor) throw new Error('open a file and put the cursor on a formula (or select one) first');
  if (!languageOf(editor.document))
    throw new Error(`${editor.document.languageId} files are not enabled (setting derivativeInspector.enabledLanguages)`);
  const sel = editor.selection;
  const t = await targetReading(
    editor.document,
    editor.document.offsetAt(sel.start),
    sel.isEmpty ? undefined : editor.document.getText(sel),
  );
  if (!t)
    throw new Error(
      `no math found at line ${sel.active.line + 1}, column ${sel.active.character + 1}: put the cursor on a formula or select one`,
    );
  return t;
}
