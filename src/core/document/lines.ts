// Line numbers for offsets in the window, counted from an anchor (the cursor's line, which the
// editor knows) so that a hover never counts the newlines of the whole file. The window's newlines
// are indexed once, then each lookup is a binary search. In a notebook the text read is the cells
// above joined to the cursor's cell (notebook.ts): lines of those cells are named by their cell.

/** Where a cell above the cursor's begins in the joined text, and its 1-based number in the notebook. */
export interface CellSpan {
  start: number;
  number: number;
}

export class LineIndex {
  private newlines?: number[];
  private anchorIndex = 0;

  constructor(
    private readonly text: string,
    private readonly anchor: number,
    private readonly anchorLine: number,
    private readonly from = anchor,
    private readonly to = anchor,
    /** The cells above the cursor's, in order (the cursor's cell starts after the last one ends). */
    private readonly cells: { spans: CellSpan[]; end: number } = { spans: [], end: 0 },
  ) {}

  /** How a message names the line of `offset`: `line 7`, or `cell 2, line 3` in a cell above. */
  label(offset: number): string {
    const { spans, end } = this.cells;
    if (offset >= end || !spans.length || offset < spans[0].start) return `line ${this.lineAt(offset)}`;
    let k = spans.length - 1;
    while (spans[k].start > offset) k--;
    return `cell ${spans[k].number}, line ${this.lineAt(offset) - this.lineAt(spans[k].start) + 1}`;
  }

  /** Whether `offset` is in a cell above the cursor's (a notebook). */
  inCellAbove(offset: number): boolean {
    const { spans, end } = this.cells;
    return spans.length > 0 && offset >= spans[0].start && offset < end;
  }

  /** 1-based line of `offset`. */
  lineAt(offset: number): number {
    if (offset >= this.from && offset <= this.to) {
      const nl = this.index();
      // lines differ from the anchor's by the newlines between them
      return this.anchorLine + (countBefore(nl, offset) - this.anchorIndex);
    }
    let n = this.anchorLine;
    if (offset < this.anchor) {
      // (lastIndexOf clamps a negative start to 0: stop explicitly at the start of the text)
      for (
        let i = this.anchor > 0 ? this.text.lastIndexOf('\n', this.anchor - 1) : -1;
        i >= offset;
        i = i > 0 ? this.text.lastIndexOf('\n', i - 1) : -1
      )
        n--;
    } else {
      for (let i = this.text.indexOf('\n', this.anchor); i >= 0 && i < offset; i = this.text.indexOf('\n', i + 1)) n++;
    }
    return n;
  }

  private index(): number[] {
    if (!this.newlines) {
      const nl: number[] = [];
      for (let i = this.text.indexOf('\n', this.from); i >= 0 && i < this.to; i = this.text.indexOf('\n', i + 1)) nl.push(i);
      this.newlines = nl;
      this.anchorIndex = countBefore(nl, this.anchor);
    }
    return this.newlines;
  }
}

/** How many of the sorted offsets are < x. */
function countBefore(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Offset where the line holding `offset` starts. (`lastIndexOf('\n', -1)` looks at index 0 rather
 * than nowhere, so `offset - 1 < 0` needs its own case.)
 */
export function lineStartOf(text: string, offset: number): number {
  return offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
}
