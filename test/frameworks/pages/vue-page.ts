/**
 * A Vue 3 page that embeds <cloudpc-unsubscribe>: typed props (objects reach the element as
 * properties), the element's events through Vue's own `on<Event>` listeners, and the current step
 * shown in the host page. A render function, so no template compiler is needed. It imports the
 * package source so the browser tests run it unbuilt; examples/vue/ is a single-file-component
 * app that installs the packed package.
 */
import { createApp, defineComponent, h, ref, type PropType } from 'vue';
import '../../../src/index.js';
import type { CloudpcUnsubscribeVueProps } from '../../../src/frameworks/vue.js';
import type { KeepDetail, Locale, StepChangeDetail, StepId, UnsubscribeAdapter } from '../../../src/index.js';

export const UnsubscribePage = defineComponent({
  props: {
    locale: { type: String as PropType<Locale>, default: 'zh-CN' },
    /** The operator's adapter; without one the page runs the built-in demo. */
    adapter: { type: Object as PropType<UnsubscribeAdapter>, default: undefined },
  },
  emits: {
    'step-change': (detail: StepChangeDetail) => detail !== null,
    keep: (detail: KeepDetail) => detail !== null,
  },
  setup(props, { emit }) {
    const step = ref<StepId | null>(null);
    const kept = ref(false);
    return () => {
      // Typed here because `h` with a tag name accepts any props.
      const widget: CloudpcUnsubscribeVueProps = {
        locale: props.locale,
        mode: 'guided',
        persist: 'none',
        demo: props.adapter === undefined,
        adapter: props.adapter,
        onCloudpcStepChange: (event) => {
          step.value = event.detail.step;
          emit('step-change', event.detail);
        },
        onCloudpcKeep: (event) => {
          kept.value = true;
          emit('keep', event.detail);
        },
      };
      return h('main', [
        h('p', ['Current step: ', h('output', { class: 'current-step' }, step.value ?? '—')]),
        kept.value ? h('p', { class: 'kept' }, 'Thank you for staying.') : null,
        h('cloudpc-unsubscribe', widget),
      ]);
    };
  },
});

export interface UnsubscribePageOptions {
  locale?: Locale;
  adapter?: UnsubscribeAdapter;
  onStepChange?: (detail: StepChangeDetail) => void;
  onKeep?: (detail: KeepDetail) => void;
}

/** Mounts the page into `container`; `unmount` removes it (and the element) again. */
export function mountApp(container: Element, options: UnsubscribePageOptions = {}): { unmount: () => void } {
  const app = createApp(UnsubscribePage, { ...options });
  app.mount(container);
  return { unmount: () => app.unmount() };
}
