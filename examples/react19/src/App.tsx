/**
 * <cloudpc-unsubscribe> in React 19: React 19 sets a prop as a property when the element has one
 * (the adapter arrives as an object) and `on` + an event's name listens to that event.
 */
import { useMemo, useState, type ReactElement } from 'react';
import 'cloudpc-unsubscribe'; // defines <cloudpc-unsubscribe>
import 'cloudpc-unsubscribe/react'; // types the tag for JSX (an empty module at run time)
import { createMockAdapter, type StepId, type UnsubscribeAdapter } from 'cloudpc-unsubscribe';

export function App(): ReactElement {
  // The built-in mock stands in for the operator's adapter (createHttpAdapter, or your own).
  const adapter: UnsubscribeAdapter = useMemo(
    () => createMockAdapter({ latencyMs: 0, context: { account: { displayName: 'React 19 example' } } }),
    [],
  );
  const [step, setStep] = useState<StepId | null>(null);
  const [kept, setKept] = useState(false);
  return (
    <main>
      <p>
        Current step: <output className="current-step">{step ?? '—'}</output>
      </p>
      {kept ? <p className="kept">Thank you for staying.</p> : null}
      <cloudpc-unsubscribe
        adapter={adapter}
        locale="en"
        persist="none"
        oncloudpc-step-change={(event) => setStep(event.detail.step)}
        oncloudpc-keep={() => setKept(true)}
      />
    </main>
  );
}
