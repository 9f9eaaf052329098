// Tangent-plot data for an expression from the code: the engine's compiled tape of f, its partials
// and its second partials along each variable, sampled by plotData.
import { compile, notesAt, print, printLatex } from '../expr';
import type { Point } from '../types';
import { differentiable, ReportSource, secondPartials } from './buildReport';
import { buildPlotData } from './plotData';
import type { PlotData } from './types';
import { has, names } from '../names';

export function buildPlot(src: ReportSource, point: Point): PlotData {
  const d = differentiable(src);
  const second = secondPartials(d);
  const tape = compile([d.expr, ...d.partials, ...second], d.variables);
  const d2fLatex: Record<string, string> = names();
  d.variables.forEach((v, k) => {
    d2fLatex[v] = printLatex(second[k], d.variables);
  });
  return buildPlotData({
    source: src.source,
    expression: print(d.expr, { variables: d.variables }),
    latex: d.latex,
    variables: d.variables,
    point,
    dfLatex: d.partialsLatex,
    d2fLatex,
    evaluate: (values) => tape(values),
    notes: d.variables.every((v) => has(point, v)) ? notesAt(d.expr, point) : [],
  });
}
