// `npm run bench`: every registered section in turn. Sections live in *.bench.ts files.
import { sections } from './harness';
import './engine.bench';
import './hover.bench';
import './corpus.bench';

for (const s of sections) {
  console.log(`\n== ${s.name} ==\n`);
  s.run();
}
