// The baseline of the first-paint bench: the widget's first step captured from the widget itself,
// then built into a one-file Lit element (bench/baseline-element.ts) with esbuild.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { OTHER_STEP_SOURCES, sourcesMatching } from './chunk-sources.mjs';
import { PHONE_VIEWPORT } from './first-screen.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * What a subscriber sees of the element `selector` on `page`: the shadow root's markup without
 * Lit's comment markers, the text of every adopted style sheet (a `<style>` element, where one is
 * used instead, stays in the markup), and the host's attributes.
 */
function shadowSnapshot(page, selector) {
  return page.evaluate((hostSelector) => {
    const host = document.querySelector(hostSelector);
    const shadow = host.shadowRoot;
    const copy = document.createElement('template');
    copy.innerHTML = shadow.innerHTML;
    const walker = document.createTreeWalker(copy.content, NodeFilter.SHOW_COMMENT);
    const comments = [];
    while (walker.nextNode()) comments.push(walker.currentNode);
    for (const comment of comments) comment.remove();
    return {
      markup: copy.innerHTML,
      css: shadow.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n'),
      hostAttributes: Object.fromEntries([...host.attributes].map((attribute) => [attribute.name, attribute.value])),
    };
  }, selector);
}

/**
 * Opens the widget's page (no emulated latency) and captures its `prepare` step as the subscriber
 * sees it once everything it asked for has arrived. The chunks of the other steps are held back
 * until then: the element adopts a step's styles when its chunk arrives, preloaded or not, and the
 * baseline is to have the first step's CSS only, the same in every bench run.
 */
export async function captureFirstStep(browser, pageUrl) {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: PHONE_VIEWPORT });
  let release;
  const released = new Promise((resolve) => (release = resolve));
  try {
    const page = await context.newPage();
    const inFlight = new Set();
    await page.route('**/*.js', async (route) => {
      if (sourcesMatching(route.request().url(), OTHER_STEP_SOURCES).length > 0) await released;
      else inFlight.add(route.request());
      await route.continue().catch(() => undefined);
    });
    for (const event of ['requestfinished', 'requestfailed']) page.on(event, (request) => inFlight.delete(request));
    await page.goto(pageUrl);
    await page.waitForFunction(() => {
      const host = document.querySelector('cloudpc-unsubscribe');
      return host?.getAttribute('step') === 'prepare' && host.shadowRoot?.querySelector('[part="container"][aria-busy="false"]');
    });
    // What the first screen asked for besides (the FAQ's strings, say) fills in the rest of its DOM.
    for (let quietSince = Date.now(); Date.now() - quietSince < 300;) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (inFlight.size > 0) quietSince = Date.now();
    }
    return await shadowSnapshot(page, 'cloudpc-unsubscribe');
  } finally {
    release();
    await context.close();
  }
}

/** Opens the baseline's page and fails unless it shows exactly the captured markup and CSS. */
export async function checkBaseline(browser, pageUrl, capture) {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: PHONE_VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(pageUrl);
    await page.waitForFunction(() => document.querySelector('bench-baseline')?.shadowRoot?.querySelector('input[type="checkbox"]'));
    const shown = await shadowSnapshot(page, 'bench-baseline');
    if (shown.markup !== capture.markup) throw new Error("the baseline's shadow DOM differs from the widget's first step");
    if (shown.css !== capture.css) throw new Error("the baseline's styles differ from the widget's first step");
  } finally {
    await context.close();
  }
}

/** The `bench:captured` module: the markup as a static `html` template (so Lit parses and clones it, as it does the widget's). */
function capturedModule({ markup, css, hostAttributes }) {
  const literal = markup.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
  return `import { html } from 'lit';
export const capturedTemplate = html\`${literal}\`;
export const capturedCss = ${JSON.stringify(css)};
export const capturedHostAttributes = ${JSON.stringify(hostAttributes)};
`;
}

/** Builds the baseline element, with Lit and the capture inside, minified, to `outfile`. */
export async function buildBaseline(capture, outfile) {
  await build({
    absWorkingDir: root,
    entryPoints: ['bench/baseline-element.ts'],
    outfile,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    tsconfig: 'tsconfig.json',
    // Lit's production build, as in the widget's standalone file; no license comments, as there.
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [
      {
        name: 'bench-captured',
        setup(esbuild) {
          esbuild.onResolve({ filter: /^bench:captured$/ }, () => ({ path: 'captured', namespace: 'bench' }));
          esbuild.onLoad({ filter: /.*/, namespace: 'bench' }, () => ({
            contents: capturedModule(capture),
            loader: 'js',
            resolveDir: root,
          }));
        },
      },
    ],
  });
}
