// All derivative rules of the canonical vocabulary, one family per file.
import { expLogRules } from './exp-log';
import { gammaRules } from './gamma';
import { hyperbolicRules } from './hyperbolic';
import { multiRules } from './multi';
import { piecewiseRules } from './piecewise';
import type { Rule } from './rule';
import { specialRules } from './special';
import { trigRules } from './trig';

export type { Rule };

export const RULES: Record<string, Rule> = {
  ...expLogRules,
  ...trigRules,
  ...hyperbolicRules,
  ...specialRules,
  ...piecewiseRules,
  ...multiRules,
  ...gammaRules,
};
