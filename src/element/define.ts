import { CloudpcUnsubscribe } from './cloudpc-unsubscribe.js';

export const TAG_NAME = 'cloudpc-unsubscribe';

/**
 * Registers the element once. A second copy of the package on the same page (say, the
 * standalone bundle beside a bundled one) finds the name taken and leaves the first definition
 * in place instead of throwing; it says so in the console, since the two copies may differ.
 */
export function defineCloudpcUnsubscribe(registry: CustomElementRegistry = customElements): void {
  const existing = registry.get(TAG_NAME);
  if (existing === undefined) {
    registry.define(TAG_NAME, CloudpcUnsubscribe);
  } else if (existing !== CloudpcUnsubscribe) {
    console.info(`<${TAG_NAME}> is already defined by another copy of cloudpc-unsubscribe; this copy is not registered.`);
  }
}
