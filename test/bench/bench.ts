// `npm run bench`: every registered section in turn. Sections live in *.bench.ts files.
// `npm run bench -- hover` runs only the sections whose name contains one of the given words.
import { sections } from './harness';
import './engine.bench';
import './hover.bench';
import './notebook.bench';
import './gradients.bench';
import './diagnostics.bench';
import './fuzz.bench';
import './corpus.bench';
import './arrays.bench';
import './arrayCorpus.bench';

const only = process.argv.slice(2).map((w) => w.toLowerCase());
for (const s of sections) {
  if (only.length && !only.some((w) => s.name.toLowerCase().includes(w))) continue;
  console.log(`\n== ${s.name} ==\n`);
  s.run();
}
