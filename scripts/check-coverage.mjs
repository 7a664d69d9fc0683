// Line coverage per module, from the browser tests' lcov report. The contract, the flow machine,
// the refund/calendar module and the platform fallbacks are the logic everything else trusts: each
// needs 90% of lines.
import { readFileSync } from 'node:fs';

const THRESHOLDS = { 'src/contract/': 90, 'src/flow/': 90, 'src/refund/': 90, 'src/platform/': 90 };

let lcov;
try {
  lcov = readFileSync(new URL('../coverage/lcov.info', import.meta.url), 'utf8');
} catch {
  console.error('coverage/lcov.info is missing: run the browser tests first');
  process.exit(1);
}

const totals = {};
let file = null;
for (const line of lcov.split('\n')) {
  if (line.startsWith('SF:')) file = line.slice(3).replace(/^.*?(src\/)/, '$1');
  else if (line.startsWith('LF:') || line.startsWith('LH:')) {
    const folder = Object.keys(THRESHOLDS).find((prefix) => file?.startsWith(prefix));
    if (folder === undefined) continue;
    totals[folder] ??= { found: 0, hit: 0 };
    totals[folder][line.startsWith('LF:') ? 'found' : 'hit'] += Number(line.slice(3));
  }
}

let failed = false;
console.log('line coverage per module:');
for (const [folder, min] of Object.entries(THRESHOLDS)) {
  const t = totals[folder];
  const pct = t && t.found > 0 ? (100 * t.hit) / t.found : 0;
  const ok = pct >= min;
  failed ||= !ok;
  console.log(`  ${ok ? 'ok  ' : 'LOW '} ${folder}: ${pct.toFixed(1)}% of lines (at least ${min}%)`);
}
if (failed) process.exit(1);
