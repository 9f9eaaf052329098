// KaTeX typesetting. katex.render builds DOM nodes and sets their styles through the CSSOM, which
// the CSP allows (renderToString + innerHTML would need inline style attributes).
import katex from 'katex';
import { h } from './dom';

/** An element with `tex` typeset; falls back to the plain text when KaTeX cannot parse it. */
export function tex(source: string, display = false, className = 'math'): HTMLElement {
  const el = h(display ? 'div' : 'span', { class: className });
  try {
    katex.render(source, el, { displayMode: display, throwOnError: true, output: 'htmlAndMathml' });
  } catch {
    el.textContent = source;
  }
  return el;
}
