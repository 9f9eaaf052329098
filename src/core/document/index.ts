// Finding the math under a cursor in a document (code, comments, LaTeX/Markdown) and the
// dataflow context around it. See README.md for the scanner design per language.
export { findMathAt, type FindOptionsWithLine } from './find';
export type { MathAt, MathContext, FunctionDef, Range, FindOptions, MathCheck } from './types';
export { LIMITS } from './window';
export { looksLikeMath } from './mathCheck';
export { looksLikeObjectiveC } from './objectiveC';
export { cellsBefore, joinCells, type CellAbove, type NotebookCell } from './notebook';
export { externalProblem } from './external';
export { candidatePaths, joinPath, normalizePath, type FileReader } from './importPaths';
export { IMPORT_LIMITS } from './imported';
