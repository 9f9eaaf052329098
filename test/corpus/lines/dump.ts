// `npx tsc -p tsconfig.test.json && node out/test/corpus/lines/dump.js [filter]`: every corpus
// outcome with what differed (for working on the corpus; the test and the bench print counts).
import { runCorpus } from './classify';

const filter = process.argv[2];
for (const r of runCorpus()) {
  if (filter && !r.key.includes(filter) && r.outcome !== filter && r.region.lang !== filter) continue;
  console.log(`${r.outcome.padEnd(15)} ${r.region.lang.padEnd(10)} ${r.key}  ${r.detail ?? ''}`);
}
