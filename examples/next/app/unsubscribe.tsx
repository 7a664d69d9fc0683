'use client';
/** <cloudpc-unsubscribe> with React 19's own bindings: `adapter` as a property, `on` + event name. */
import { useMemo, useState } from 'react';
import 'cloudpc-unsubscribe'; // defines <cloudpc-unsubscribe>
import 'cloudpc-unsubscribe/react'; // types the tag for JSX
import { createMockAdapter, type StepId, type UnsubscribeAdapter } from 'cloudpc-unsubscribe';

export function Unsubscribe() {
  // The built-in mock stands in for the operator's adapter (createHttpAdapter, or your own).
  const adapter: UnsubscribeAdapter = useMemo(
    () => createMockAdapter({ latencyMs: 0, context: { account: { displayName: 'Next.js example' } } }),
    [],
  );
  const [step, setStep] = useState<StepId | null>(null);
  return (
    <>
      <p>
        Current step: <output className="current-step">{step ?? '—'}</output>
      </p>
      <cloudpc-unsubscribe adapter={adapter} locale="en" persist="none" oncloudpc-step-change={(event) => setStep(event.detail.step)} />
    </>
  );
}
