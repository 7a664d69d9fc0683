import { useMemo, useState, type ReactElement } from 'react';
import { createMockAdapter, type StepId, type UnsubscribeAdapter } from 'cloudpc-unsubscribe';
import { Unsubscribe } from './Unsubscribe';

export function App(): ReactElement {
  // The built-in mock stands in for the operator's adapter (createHttpAdapter, or your own).
  const adapter: UnsubscribeAdapter = useMemo(
    () => createMockAdapter({ latencyMs: 0, context: { account: { displayName: 'React 18 example' } } }),
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
      <Unsubscribe adapter={adapter} locale="en" onStepChange={(detail) => setStep(detail.step)} onKeep={() => setKept(true)} />
    </main>
  );
}
