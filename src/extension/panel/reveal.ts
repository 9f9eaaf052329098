// What a report page may ask the host to reveal. The page is less trusted than the host (its
// messages and its saved state could be forged), so a `reveal` may only show a line of the document
// the report was made for, never another file, a `command:` URI or a line outside the document.
// No `vscode` import: unit-tested as plain data.

/** The document a report is about, as the host knows it (not as the page says). */
export interface RevealScope {
  uri: string;
  lineCount: number;
}

/** The 0-based line to reveal in `scope`, or why the request is refused. */
export function revealable(scope: RevealScope | undefined, uri: string, line: number): { line: number } | { refused: string } {
  if (!scope) return { refused: 'no report document to reveal' };
  if (uri !== scope.uri) return { refused: `reveal of ${JSON.stringify(uri.slice(0, 80))}, which is not the report's document` };
  if (!Number.isSafeInteger(line) || line < 0 || line >= scope.lineCount)
    return { refused: `line ${line} is outside the report's document (${scope.lineCount} lines)` };
  return { line };
}
