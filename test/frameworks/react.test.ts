/**
 * The React 19 example page, held to the shared framework behaviour (see drive-app.ts): typed
 * properties reach the element as properties, and its events reach the page through React 19's
 * own `oncloudpc-*` props.
 */
import { mountApp } from './pages/react-page.js';
import { describeFrameworkExample } from './drive-app.js';

describeFrameworkExample('React 19 example', mountApp);
