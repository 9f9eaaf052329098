// JSON Lines framing for `diff --batch`: records end at '\n' only. A bare '\r' is JSON whitespace and
// may sit inside a record (readline would split there), a '\r\n' ending is trimmed, a UTF-8 byte-order
// mark before the first record is dropped, and a line is cut at MAX_LINE characters so one endless
// line cannot take all memory (answerLine then reports it as too long).

/** Longest batch line kept whole: a 200,000-character expression plus its options, with room. */
export const MAX_LINE = 1_000_000;

/** Splits text arriving in chunks into lines as they complete (streams: no waiting for the end). */
export async function* jsonLines(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<string> {
  let buf = '';
  let first = true;
  let cut = false;
  const line = (s: string): string => {
    let out = s.endsWith('\r') ? s.slice(0, -1) : s;
    if (first && out.charCodeAt(0) === 0xfeff) out = out.slice(1);
    first = false;
    return out;
  };
  for await (const chunk of chunks) {
    let from = 0;
    for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', from)) {
      const piece = chunk.slice(from, nl);
      yield line(cut ? buf : buf + piece);
      buf = '';
      cut = false;
      from = nl + 1;
    }
    if (!cut) {
      buf += chunk.slice(from);
      if (buf.length > MAX_LINE) {
        buf = buf.slice(0, MAX_LINE + 1);
        cut = true;
      }
    }
  }
  if (buf) yield line(buf);
}
