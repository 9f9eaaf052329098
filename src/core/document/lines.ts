// Line numbers for offsets in the window, counted from an anchor (the cursor's line, which the
// editor knows) so that a hover never counts the newlines of the whole file.
export class LineIndex {
  constructor(private readonly text: string, private readonly anchor: number, private readonly anchorLine: number) {}

  /** 1-based line of `offset`. */
  lineAt(offset: number): number {
    let n = this.anchorLine;
    if (offset < this.anchor) {
      for (let i = this.text.lastIndexOf('\n', this.anchor - 1); i >= offset; i = this.text.lastIndexOf('\n', i - 1)) n--;
    } else {
      for (let i = this.text.indexOf('\n', this.anchor); i >= 0 && i < offset; i = this.text.indexOf('\n', i + 1)) n++;
    }
    return n;
  }
}
