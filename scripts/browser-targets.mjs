// The browser floor, read from package.json's "browserslist" (Chromium 87, Safari/iOS 14, Firefox
// 78): the one place it is written. The JavaScript build lowers syntax to it, the CSS minifier
// writes only what it understands, and the syntax check of dist/ holds the output to it.
import { readFileSync } from 'node:fs';
import browserslist from 'browserslist';
import browserslistToEsbuild from 'browserslist-to-esbuild';
import { browserslistToTargets } from 'lightningcss';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** The query as written in package.json. */
export const browserQuery = pkg.browserslist;

/** `['chrome87', 'edge87', 'firefox78', 'ios14', 'safari14']`: the form Vite's `build.target` and esbuild take. */
export const jsTargets = browserslistToEsbuild(browserQuery);

/** The same floor in the form lightningcss takes. */
export const cssTargets = browserslistToTargets(browserslist(browserQuery));
