/// <reference types="vite/client" />
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { installStoryClock } from '../stories/support/clock.js';
import { GLOBAL_TYPES, INITIAL_GLOBALS, VIEWPORTS } from '../stories/support/globals.js';
import { isScheme, withScheme } from '../stories/support/schemes.js';

// Controls and the docs tables come from the manifest `npm run build` writes. A glob, unlike an
// import, finds nothing instead of failing when it has not been built yet.
const manifests = import.meta.glob<{ default: object }>('../custom-elements.json', { eager: true });
const manifest = Object.values(manifests)[0]?.default;
if (manifest) setCustomElementsManifest(manifest);
else console.warn('custom-elements.json is missing: run `npm run build` for controls and docs from the manifest.');

// Every story happens at the same instant, so dates and countdowns look the same on each visit.
installStoryClock();

const preview: Preview = {
  globalTypes: GLOBAL_TYPES,
  initialGlobals: INITIAL_GLOBALS,
  decorators: [(story, context) => withScheme(isScheme(context.globals['scheme']) ? context.globals['scheme'] : 'light', story())],
  parameters: {
    controls: { expanded: true },
    viewport: { options: VIEWPORTS },
    // The same bar as test/stories/stories.test.ts: WCAG 2.2 A and AA.
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
    },
  },
};

export default preview;
