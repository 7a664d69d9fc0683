/**
 * A React 19 page that embeds <cloudpc-unsubscribe>: typed props (objects reach the element as
 * properties), the element's events through React's own `on<event>` props, and the current step
 * shown in the host page. It imports the package source so the browser tests run it unbuilt;
 * examples/react19/ is the same page as an app that installs the packed package.
 */
import { useState, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import '../../../src/index.js';
import type {} from '../../../src/frameworks/react.js';
import type { KeepDetail, Locale, StepChangeDetail, StepId, UnsubscribeAdapter } from '../../../src/index.js';

export interface UnsubscribePageProps {
  locale?: Locale;
  /** The operator's adapter; without one the page runs the built-in demo. */
  adapter?: UnsubscribeAdapter;
  onStepChange?: (detail: StepChangeDetail) => void;
  onKeep?: (detail: KeepDetail) => void;
}

export function UnsubscribePage({ locale = 'zh-CN', adapter, onStepChange, onKeep }: UnsubscribePageProps): ReactElement {
  const [step, setStep] = useState<StepId | null>(null);
  const [kept, setKept] = useState(false);
  return (
    <main>
      <p>
        Current step: <output className="current-step">{step ?? '—'}</output>
      </p>
      {kept ? <p className="kept">Thank you for staying.</p> : null}
      <cloudpc-unsubscribe
        locale={locale}
        mode="guided"
        persist="none"
        demo={adapter === undefined}
        adapter={adapter}
        oncloudpc-step-change={(event) => {
          setStep(event.detail.step);
          onStepChange?.(event.detail);
        }}
        oncloudpc-keep={(event) => {
          setKept(true);
          onKeep?.(event.detail);
        }}
      />
    </main>
  );
}

/** Renders the page into `container`; `unmount` removes it (and the element) again. */
export function mountApp(container: Element, props: UnsubscribePageProps = {}): { unmount: () => void } {
  const root = createRoot(container);
  root.render(<UnsubscribePage {...props} />);
  return { unmount: () => root.unmount() };
}
