/**
 * <cloudpc-unsubscribe> for React 18. React 18 writes every prop of a custom element as an
 * attribute and adds no listener for custom events, so objects (the adapter) and listeners go
 * through a ref. A callback ref runs while React commits, before the element first renders, so
 * the element starts with the adapter already set.
 */
import { useCallback, useEffect, useRef, type ReactElement } from 'react';
import 'cloudpc-unsubscribe'; // defines <cloudpc-unsubscribe>
import type {} from 'cloudpc-unsubscribe/react'; // types the tag's attributes for JSX
import type { CloudpcUnsubscribe, KeepDetail, Locale, StepChangeDetail, UnsubscribeAdapter } from 'cloudpc-unsubscribe';

export interface UnsubscribeProps {
  adapter: UnsubscribeAdapter;
  locale?: Locale;
  onStepChange?: (detail: StepChangeDetail) => void;
  onKeep?: (detail: KeepDetail) => void;
}

export function Unsubscribe({ adapter, locale = 'zh-CN', onStepChange, onKeep }: UnsubscribeProps): ReactElement {
  const element = useRef<CloudpcUnsubscribe | null>(null);
  const handlers = useRef({ onStepChange, onKeep });
  handlers.current = { onStepChange, onKeep };

  // Properties: set on the element itself, the moment React attaches it.
  const attach = useCallback(
    (el: CloudpcUnsubscribe | null) => {
      element.current = el;
      if (el) el.adapter = adapter;
    },
    [adapter],
  );

  // Events: typed by the package's event map (`event.detail` is a StepChangeDetail).
  useEffect(() => {
    const el = element.current;
    if (!el) return undefined;
    const stepChanged = (event: CustomEvent<StepChangeDetail>): void => handlers.current.onStepChange?.(event.detail);
    const kept = (event: CustomEvent<KeepDetail>): void => handlers.current.onKeep?.(event.detail);
    el.addEventListener('cloudpc-step-change', stepChanged);
    el.addEventListener('cloudpc-keep', kept);
    return () => {
      el.removeEventListener('cloudpc-step-change', stepChanged);
      el.removeEventListener('cloudpc-keep', kept);
    };
  }, []);

  return <cloudpc-unsubscribe ref={attach} locale={locale} persist="none" />;
}
