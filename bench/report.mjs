// The first-paint bench's figures: summaries of the runs, and the same result as terminal text
// and as Markdown (bench/results.md).

export const KB = 1024;
export const GOAL = {
  ratio: 1.3,
  gzipBeforePaint: 36 * KB,
  text: '≤ 1.3× the baseline at both latencies, ≤ 36 KB gzip before paint (half of a React 19 drop-in cancel flow, 72 KB)',
};

/** The q-quantile of `values` (linear between the two nearest ranks). */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

/** One page's runs at one latency: first paint's quartiles, and what was fetched before it. */
export function summarize(runs) {
  const paint = runs.map((run) => run.paintedAt);
  const perRun = (pick) => runs.map((run) => pick(run.files));
  const spread = (values) => ({ median: quantile(values, 0.5), min: Math.min(...values), max: Math.max(...values) });
  return {
    runs: runs.length,
    p25: quantile(paint, 0.25),
    median: quantile(paint, 0.5),
    p75: quantile(paint, 0.75),
    files: spread(perRun((files) => files.length)),
    gzip: spread(perRun((files) => files.reduce((sum, file) => sum + file.gzip, 0))),
    raw: spread(perRun((files) => files.reduce((sum, file) => sum + file.raw, 0))),
    // The run whose paint was the median's (or just above it), to list its files.
    typical: [...runs].sort((a, b) => a.paintedAt - b.paintedAt)[Math.floor(runs.length / 2)],
  };
}

const ms = (value) => `${Math.round(value)}`;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
/** A median, with the range when the runs did not all agree. */
const varying = ({ median, min, max }, format) => (min === max ? format(median) : `${format(median)} (${format(min)}–${format(max)})`);
const count = (n) => `${Math.round(n)}`;

/** The goal's verdicts: the ratio at every latency, the widget's bytes before paint at every latency. */
export function verdicts(results) {
  const ratios = results.map(({ latency, widget, baseline }) => ({ latency, ratio: widget.median / baseline.median }));
  const worstGzip = Math.max(...results.map(({ widget }) => widget.gzip.max));
  return {
    ratios,
    ratioMet: ratios.every(({ ratio }) => ratio <= GOAL.ratio),
    worstGzip,
    gzipMet: worstGzip <= GOAL.gzipBeforePaint,
  };
}

function rows({ widget, baseline }) {
  return [
    ['widget', widget],
    ['baseline', baseline],
  ].map(([name, s]) => [name, ms(s.p25), ms(s.median), ms(s.p75), varying(s.files, count), varying(s.gzip, kb), varying(s.raw, kb)]);
}

const HEADER = ['page', 'p25 ms', 'median ms', 'p75 ms', 'files before paint', 'gzip -9 before paint', 'raw before paint'];

/** Plain text for the terminal. */
export function textReport({ environment, results, runs }) {
  const lines = [`first paint of the first step (${runs} runs each, alternating widget and baseline; warm-up discarded)`];
  for (const result of results) {
    lines.push('', `latency ${result.latency} ms per request`);
    const table = [HEADER, ...rows(result)];
    const widths = HEADER.map((_, column) => Math.max(...table.map((row) => row[column].length)));
    for (const row of table)
      lines.push(`  ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ')}`);
    lines.push(`  widget / baseline (medians): ${(result.widget.median / result.baseline.median).toFixed(2)}×`);
  }
  const verdict = verdicts(results);
  lines.push(
    '',
    `goal: ${GOAL.text}`,
    `  ratio: ${verdict.ratios.map(({ latency, ratio }) => `${ratio.toFixed(2)}× at ${latency} ms`).join(', ')}: ${verdict.ratioMet ? 'met' : 'not met'}`,
    `  gzip before paint: ${kb(verdict.worstGzip)} (most in any run): ${verdict.gzipMet ? 'met' : 'not met'}`,
    '',
    ...environmentLines(environment).map((line) => `  ${line}`),
  );
  return lines.join('\n');
}

function environmentLines(environment) {
  return [
    `date: ${environment.date}`,
    `build: ${environment.build}`,
    `Chromium ${environment.chromium}, Node ${environment.node}`,
    `CPU: ${environment.cpu} × ${environment.cores} cores (load average ${environment.load} at the start, ${environment.loadEnd} at the end)`,
  ];
}

const mdRow = (cells) => `| ${cells.join(' | ')} |`;

/** bench/results.md: the same figures, and the widget's files before paint in its median run at each latency. */
export function markdownReport({ environment, results, runs, command }) {
  const verdict = verdicts(results);
  const lines = [
    '# First paint: widget vs one-file baseline',
    '',
    `Written by \`${command}\` (${runs} runs per page and latency, alternating; warm-up discarded). How it is measured: [README.md](README.md).`,
    '',
    ...environmentLines(environment).map((line) => `- ${line}`),
    '',
    `**Goal:** ${GOAL.text}.`,
    '',
    `- widget / baseline: ${verdict.ratios.map(({ latency, ratio }) => `**${ratio.toFixed(2)}×** at ${latency} ms`).join(', ')}: ${verdict.ratioMet ? 'met' : 'not met'}`,
    `- gzip before paint: **${kb(verdict.worstGzip)}** (most in any run): ${verdict.gzipMet ? 'met' : 'not met'}`,
  ];
  for (const result of results) {
    lines.push('', `## ${result.latency} ms per request`, '', mdRow(HEADER), mdRow(HEADER.map((_, i) => (i === 0 ? '---' : '---:'))));
    for (const row of rows(result)) lines.push(mdRow(row));
    lines.push('', `widget / baseline (medians): **${(result.widget.median / result.baseline.median).toFixed(2)}×**`);
  }
  for (const result of results) {
    const { typical } = result.widget;
    lines.push(
      '',
      `### The widget's requests before paint, ${result.latency} ms per request (its median run: painted at ${ms(typical.paintedAt)} ms)`,
      '',
      mdRow(['file', 'started ms', 'finished ms', 'gzip -9', 'raw']),
      mdRow(['---', '---:', '---:', '---:', '---:']),
    );
    for (const file of typical.files) lines.push(mdRow([`\`${file.path}\``, ms(file.start), ms(file.end), kb(file.gzip), kb(file.raw)]));
  }
  return `${lines.join('\n')}\n`;
}
