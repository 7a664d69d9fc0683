// What the Vue typings refuse (checked by vue-tsc, never bundled).
import type { GlobalComponents } from 'vue';
import type {} from 'cloudpc-unsubscribe/vue';

type Props = InstanceType<GlobalComponents['cloudpc-unsubscribe']>['$props'];

// @ts-expect-error -- not a supported locale
export const badLocale: Props = { locale: 'fr' };

export const badDetail: Props = {
  // @ts-expect-error -- the keep detail has `step`, no `requestId`
  onCloudpcKeep: (event) => event.detail.requestId,
};
