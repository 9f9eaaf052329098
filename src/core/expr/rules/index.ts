// The derivative rules of the canonical vocabulary, by function name: derived from the function
// records (../functions), where each rule sits beside its function's value, spelling and notes.
export type { Rule } from './rule';
export { RULES } from '../functions';
