// Reading a Jupyter notebook (.ipynb, nbformat 4) for `inspect --cell N`: its cells' text and
// kinds, and the language of its code cells from the notebook's metadata. Outputs are not read.
import type { NotebookCell } from '../core/document';
import { InputError, type Lang } from '../core/types';
import { has } from '../core/names';

/** Kernel languages (`language_info.name`, `kernelspec.language`) → engine language. */
const KERNEL_LANGS: Record<string, Lang> = {
  python: 'python',
  julia: 'julia',
  r: 'r',
  javascript: 'javascript',
  typescript: 'typescript',
  'c++': 'cpp',
  cpp: 'cpp',
  c: 'c',
  matlab: 'matlab',
  octave: 'matlab',
};

export interface Notebook {
  cells: NotebookCell[];
  /** Language of the code cells. */
  lang: Lang;
}

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** The cells of a notebook's JSON text; a clear error for what is not a notebook we can read. */
export function readNotebook(json: string, file: string): Notebook {
  let nb: unknown;
  try {
    nb = JSON.parse(json);
  } catch (e) {
    throw new InputError(`${file} is not a notebook: ${(e as Error).message}`);
  }
  if (!isRecord(nb) || !Array.isArray(nb.cells)) throw new InputError(`${file} is not a notebook: no "cells" list`);
  const meta = isRecord(nb.metadata) ? nb.metadata : {};
  const info = isRecord(meta.language_info) ? meta.language_info.name : undefined;
  const spec = isRecord(meta.kernelspec) ? meta.kernelspec.language : undefined;
  const name = String(info ?? spec ?? 'python').toLowerCase();
  if (!has(KERNEL_LANGS, name)) throw new InputError(`${file}: notebooks in '${name}' are not supported`);
  const lang = KERNEL_LANGS[name];
  const cells = nb.cells.map((c, i): NotebookCell => {
    if (!isRecord(c)) throw new InputError(`${file}: cell ${i + 1} is not an object`);
    const src = c.source;
    const text = Array.isArray(src) ? src.filter((s) => typeof s === 'string').join('') : typeof src === 'string' ? src : '';
    const kind = c.cell_type === 'code' ? lang : c.cell_type === 'markdown' ? 'markdown' : String(c.cell_type);
    return { text, lang: kind };
  });
  return { cells, lang };
}
