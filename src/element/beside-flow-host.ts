/**
 * What the controllers beside the flow see of the element (element/background/): the flow's
 * state and adapter, the options, the clock, and the ways to report back. A plain object made
 * from the element's private parts, so none of it becomes public API of the element.
 */
import type { ReactiveControllerHost } from 'lit';
import type { CallLocale } from '../contract/adapter.js';
import type { PublicEvent } from '../flow/events.js';
import type { Announcement } from '../flow/screen-changes.js';
import type { ErrorInfo, FlowIntent } from '../flow/types.js';
import type { ResolvedOptions } from '../options/index.js';
import type { BesideFlowHost } from './background/index.js';
import type { FlowController } from './flow-controller.js';

export interface BesideFlowParts {
  readonly host: ReactiveControllerHost;
  readonly flow: FlowController;
  options(): ResolvedOptions;
  locale(): CallLocale;
  intent(intent: FlowIntent): void;
  callFailed(error: ErrorInfo): void;
  dispatch(event: PublicEvent): void;
  announce(announcement: Announcement): void;
  focusAfterRender(id: string): void;
}

export function besideFlowHost(parts: BesideFlowParts): BesideFlowHost {
  const { host, flow } = parts;
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
    sendIntent: parts.intent,
    callFailed: parts.callFailed,
    dispatchPublic: parts.dispatch,
    announce: parts.announce,
    focusAfterRender: parts.focusAfterRender,
  };
}
