import { CloudpcUnsubscribe } from './cloudpc-unsubscribe.js';

export const TAG_NAME = 'cloudpc-unsubscribe';

/**
 * Where the registered copy came from, kept on its class under a global symbol so that any later
 * copy (which has its own class and its own module scope) can name it in its notice.
 */
const SOURCE = Symbol.for('cloudpc-unsubscribe.source');

function sourceOf(element: CustomElementConstructor): string {
  const source: unknown = Reflect.get(element, SOURCE);
  return typeof source === 'string' ? source : 'an unknown script';
}

/**
 * Registers the element once. A second copy of the package on the same page (say, the
 * standalone bundle beside a bundled one) finds the name taken and leaves the first definition
 * in place instead of throwing; it warns in the console, naming both copies' scripts, since the
 * two may be different versions and only the first one's element is used.
 */
export function defineCloudpcUnsubscribe(registry: CustomElementRegistry = customElements): void {
  const existing = registry.get(TAG_NAME);
  if (existing === undefined) {
    Reflect.set(CloudpcUnsubscribe, SOURCE, import.meta.url);
    registry.define(TAG_NAME, CloudpcUnsubscribe);
  } else if (existing !== CloudpcUnsubscribe) {
    console.warn(
      `<${TAG_NAME}> is already defined by another copy of cloudpc-unsubscribe (${sourceOf(existing)}); ` +
        `this copy (${import.meta.url}) is not registered and the page uses the first one. Load the package once.`,
    );
  }
}
