// The size budget (issue 2): what a subscriber's browser downloads, gzip level 9.
// Fails the test command when a bundle grows past its budget, and prints every size.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const budgets = [
  { file: 'dist/cloudpc-unsubscribe.standalone.js', what: 'standalone (everything inside)', maxGzip: 35 * KB },
  { file: 'dist/index.js', what: 'ESM entry, own code (lit, @lit/context, zod external)', maxGzip: 20 * KB },
];

let failed = false;
console.log('size budget (gzip -9):');
for (const { file, what, maxGzip } of budgets) {
  let source;
  try {
    source = readFileSync(new URL(`../${file}`, import.meta.url));
  } catch {
    console.error(`  ${file}: missing; run npm run build first`);
    failed = true;
    continue;
  }
  const gzip = gzipSync(source, { level: 9 }).length;
  const ok = gzip <= maxGzip;
  failed ||= !ok;
  const kb = (n) => `${(n / KB).toFixed(1)} KB`;
  console.log(`  ${ok ? 'ok  ' : 'OVER'} ${file}: ${kb(gzip)} of ${kb(maxGzip)} (${kb(source.length)} minified) - ${what}`);
}
if (failed) {
  console.error('size budget exceeded');
  process.exit(1);
}
