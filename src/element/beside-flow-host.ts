/**
 * What the controllers beside the flow see of the element (element/background/): the flow's
 * state and adapter, the options, the clock, and the ways to report back. A plain object made
 * from the element's private parts, so none of it becomes public API of the element.
 */
import type { ReactiveControllerHost } from 'lit';
import type { CallLocale } from '../contract/adapter.js';
import type { ResolvedOptions } from '../options/index.js';
import type { BesideFlowHost } from './background/index.js';
import type { FlowController } from './flow-controller.js';
import type { Reactions } from './reactions.js';

export interface BesideFlowParts {
  readonly host: ReactiveControllerHost;
  readonly flow: FlowController;
  options(): ResolvedOptions;
  locale(): CallLocale;
  readonly reactions: Reactions;
}

export function besideFlowHost(parts: BesideFlowParts): BesideFlowHost {
  const { host, flow, reactions } = parts;
  return {
    addController: (controller) => host.addController(controller),
    removeController: (controller) => host.removeController(controller),
    requestUpdate: () => host.requestUpdate(),
    get updateComplete() {
      return host.updateComplete;
    },
    get flowState() {
      return flow.state;
    },
    get flowAdapter() {
      return flow.adapter;
    },
    get resolvedOptions() {
      return parts.options();
    },
    get callLocale() {
      return parts.locale();
    },
    now: () => Date.parse(flow.at()),
    sendEvent: (event) => flow.send(event),
    sendIntent: (intent) => flow.intent(intent),
    callFailed: (error) => reactions.failed(error, flow.state),
    dispatchPublic: (event) => reactions.dispatch(event),
    announce: (announcement) => reactions.announce([announcement]),
    focusAfterRender: (id) => reactions.focusAfterRender(id),
  };
}
