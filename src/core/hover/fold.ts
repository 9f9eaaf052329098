// Folding long results: the hover shows the start of a long derivative and how much was left out;
// the full text is one click away (Copy).

/** `text` cut to `max` characters with "…" and the count of characters left out. */
export function fold(text: string, max: number): { text: string; folded: boolean } {
  if (text.length <= max) return { text, folded: false };
  const cut = text.slice(0, max);
  return { text: `${cut}… (+${text.length - max} more characters; use Copy for the full text)`, folded: true };
}

/** Escapes Markdown control characters in running text. */
export function escapeMd(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}

/** A fenced code block that the content cannot close early. */
export function codeBlock(lang: string, body: string): string {
  let fence = '```';
  while (body.includes(fence)) fence += '`';
  return `${fence}${lang}\n${body}\n${fence}`;
}
