// The point of a check: an input box prefilled with the user's last values for this expression
// (workspaceState), else the numbers the code assigns, else 0.5; errors name their column.
import * as vscode from 'vscode';
import { formatPoint, parsePoint, prefillPoint } from '../../core/report/point';
import type { Point } from '../../core/types';
import type { Target } from './target';

const key = (t: Target) => `derivativeInspector.point:${t.src.lang}:${t.src.source}`;

export function rememberedPoint(context: vscode.ExtensionContext, t: Target): Point | undefined {
  return context.workspaceState.get<Point>(key(t));
}

/** The prefilled point, without asking (plots, the side bar). */
export function defaultPoint(context: vscode.ExtensionContext, t: Target, variables: string[]): Point {
  return prefillPoint(variables, rememberedPoint(context, t), t.constants);
}

/** Asks for the point; undefined when the user cancels. */
export async function askPoint(context: vscode.ExtensionContext, t: Target, variables: string[]): Promise<Point | undefined> {
  if (!variables.length) return {};
  const value = formatPoint(defaultPoint(context, t, variables), variables);
  const text = await vscode.window.showInputBox({
    title: 'Check Gradient',
    prompt: `Point to check ${t.src.source.length > 60 ? t.src.source.slice(0, 57) + '…' : t.src.source} at (${variables.join(', ')})`,
    value,
    valueSelection: [0, 0],
    ignoreFocusOut: true,
    validateInput: (s) => {
      try {
        parsePoint(s, variables);
        return undefined;
      } catch (e) {
        return (e as Error).message;
      }
    },
  });
  if (text === undefined) return undefined;
  const point = parsePoint(text, variables);
  await context.workspaceState.update(key(t), point);
  return point;
}
