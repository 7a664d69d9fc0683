/**
 * The Vue 3 example page, held to the shared framework behaviour (see drive-app.ts): typed
 * properties reach the element as properties, and its events reach the page through Vue's own
 * `onCloudpc*` listeners.
 */
import { mountApp } from './pages/vue-page.js';
import { describeFrameworkExample } from './drive-app.js';

describeFrameworkExample('Vue 3 example', mountApp);
