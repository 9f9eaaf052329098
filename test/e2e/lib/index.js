// What specs import: `const { workbench, sleep } = require('../lib');` then, inside a test,
// `const wb = workbench();` (the Workbench of the running session; see README.md here).
'use strict';
const { Workbench, locateInText, SCREENSHOTS, sleep } = require('./workbench');

let current = null;

/** The Workbench of the running e2e session (set by run.js before the specs load). */
function workbench() {
  if (!current) throw new Error('no e2e session: run specs through `npm run test:e2e` (test/e2e/run.js)');
  return current;
}

function setWorkbench(wb) {
  current = wb;
}

module.exports = { workbench, setWorkbench, Workbench, locateInText, SCREENSHOTS, sleep };
