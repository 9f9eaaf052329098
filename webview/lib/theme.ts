// Colors from the VS Code theme. SVG uses var(--vscode-*) directly in CSS; Plotly needs concrete
// values, read from computed CSS variables and re-read when VS Code changes the body's theme class.

export interface ThemeColors {
  foreground: string;
  background: string;
  muted: string;
  grid: string;
  blue: string;
  red: string;
  green: string;
  orange: string;
  purple: string;
  font: string;
}

function cssVar(name: string, fallback: string): string {
  const v = getComputedStyle(document.body).getPropertyValue(name).trim();
  return v || fallback;
}

export function themeColors(): ThemeColors {
  const dark = !document.body.classList.contains('vscode-light') && !document.body.classList.contains('vscode-high-contrast-light');
  return {
    foreground: cssVar('--vscode-editor-foreground', dark ? '#cccccc' : '#333333'),
    background: cssVar('--vscode-editor-background', dark ? '#1e1e1e' : '#ffffff'),
    muted: cssVar('--vscode-descriptionForeground', dark ? '#9d9d9d' : '#717171'),
    grid: cssVar('--vscode-editorWidget-border', dark ? '#454545' : '#c8c8c8'),
    blue: cssVar('--vscode-charts-blue', '#3794ff'),
    red: cssVar('--vscode-charts-red', '#f14c4c'),
    green: cssVar('--vscode-charts-green', '#89d185'),
    orange: cssVar('--vscode-charts-orange', '#d18616'),
    purple: cssVar('--vscode-charts-purple', '#b180d7'),
    font: cssVar('--vscode-font-family', 'sans-serif'),
  };
}

/** Calls `listener` when VS Code switches theme (it rewrites the body's class list). */
export function onThemeChange(listener: () => void): void {
  let last = document.body.className;
  new MutationObserver(() => {
    if (document.body.className !== last) {
      last = document.body.className;
      listener();
    }
  }).observe(document.body, { attributes: true, attributeFilter: ['class'] });
}
