/**
 * Compile-time checks of the React and Vue typings (never run: `npm run typecheck` compiles it).
 * Each `@ts-expect-error` proves a wrong use is rejected; if the typings loosen, tsc reports the
 * unused directive.
 */
import type { GlobalComponents } from 'vue';
import type { ReactElement } from 'react';
import type {} from '../../src/frameworks/react.js';
import type { CloudpcUnsubscribeVueProps } from '../../src/frameworks/vue.js';
import type { UnsubscribeAdapter } from '../../src/index.js';

declare const adapter: UnsubscribeAdapter;

// ---- React: JSX on the tag

export const reactOk: ReactElement = (
  <cloudpc-unsubscribe
    locale="en"
    mode="one-click"
    api-base="/api"
    subscription-id="sub-1"
    demo={false}
    persist="none"
    adapter={adapter}
    messages={{ en: { 'action.keep': 'Stay' } }}
    options={{}}
    oncloudpc-step-change={(event) => event.detail.previousStep satisfies string | null}
    oncloudpc-complete={(event) => event.detail.status satisfies string}
    oncloudpc-error={(event) => event.detail.retryable satisfies boolean}
  />
);

// @ts-expect-error -- not a supported locale
export const reactBadLocale: ReactElement = <cloudpc-unsubscribe locale="fr" />;

// @ts-expect-error -- not a flow mode
export const reactBadMode: ReactElement = <cloudpc-unsubscribe mode="fast" />;

// @ts-expect-error -- an adapter is an object, not a string
export const reactBadAdapter: ReactElement = <cloudpc-unsubscribe adapter="http" />;

export const reactBadDetail: ReactElement = (
  <cloudpc-unsubscribe
    oncloudpc-keep={(event) => {
      // @ts-expect-error -- the keep detail has `step`, no `requestId`
      return event.detail.requestId;
    }}
  />
);

// ---- Vue: the component registered in GlobalComponents (what vue-tsc checks templates against)

type VueProps = InstanceType<GlobalComponents['cloudpc-unsubscribe']>['$props'];

export const vueOk: VueProps = {
  locale: 'zh-CN',
  mode: 'guided',
  apiBase: '/api',
  demo: true,
  adapter,
  onCloudpcStepChange: (event) => event.detail.step satisfies string,
  onCloudpcOfferAccepted: (event) => event.detail.reasonIds satisfies string[],
};

// @ts-expect-error -- not a supported locale
export const vueBadLocale: VueProps = { locale: 'fr' };

// @ts-expect-error -- persist is `session` or `none`
export const vueBadPersist: CloudpcUnsubscribeVueProps = { persist: 'local' };

export const vueBadDetail: CloudpcUnsubscribeVueProps = {
  // @ts-expect-error -- the step-change detail has no `requestId`
  onCloudpcStepChange: (event) => event.detail.requestId,
};
