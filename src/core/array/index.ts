// The array engine: shapes, array operations and their adjoints, printing per library.
export type { Dim, Shape, NDArray, ArrayAnalysis, ArrayOptions } from './types';
export { usesArrayOps, analyzeArray, compileArray, shapeOfValue, type CompiledArray } from './analyze';
export { libFor, type Lib } from './libs';
