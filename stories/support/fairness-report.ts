/**
 * The story-level fairness report: the rules of src/flow/fairness.ts over a story's options and the
 * buttons as the widget draws them (theme included), measured in the canvas and listed beside the
 * widget. What the conformance check reports for a back end, a designer sees here for a screen.
 */
import { html, render, type TemplateResult } from 'lit';
import type { CloudpcUnsubscribe } from '../../src/element/cloudpc-unsubscribe.js';
import { fairnessFindings, type ButtonPair, type ButtonWeight, type FairnessFinding } from '../../src/flow/fairness.js';
import type { FlowMode } from '../../src/flow/types.js';
import { resolveOptions, type UnsubscribeOptions } from '../../src/options/index.js';
import { fairnessFactsOf } from '../../src/options/fairness.js';

function channels(color: string): [number, number, number, number] {
  const [r = 0, g = 0, b = 0, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b, color.startsWith('rgba') ? a : 1];
}

function luminance(color: string): number {
  const [r, g, b] = channels(color)
    .slice(0, 3)
    .map((v) => v / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The first opaque background behind `el`, across shadow roots; white when none is set. */
function backgroundBehind(el: Element): string {
  for (let at: Element | null = el; at !== null; at = at.parentElement ?? (at.getRootNode() as ShadowRoot).host ?? null) {
    const background = getComputedStyle(at).backgroundColor;
    if (channels(background)[3] > 0) return background;
  }
  return 'rgb(255, 255, 255)';
}

/** How heavy a drawn button looks. */
export function weighButton(button: Element): ButtonWeight {
  const style = getComputedStyle(button);
  const box = button.getBoundingClientRect();
  const own = channels(style.backgroundColor)[3] > 0;
  const [a, b] = [luminance(style.color), luminance(backgroundBehind(button))].sort((x, y) => y - x) as [number, number];
  return {
    area: Math.round(box.width * box.height),
    fontSize: Number.parseFloat(style.fontSize),
    fontWeight: Number.parseInt(style.fontWeight, 10),
    contrast: (a + 0.05) / (b + 0.05),
    filled: own,
  };
}

/** The pairs on the screen shown now: 继续 against "keep", and an offer's decline against its accept. */
export function buttonPairs(el: CloudpcUnsubscribe): ButtonPair[] {
  const root = el.shadowRoot;
  if (root === null) return [];
  const pairs: ButtonPair[] = [];
  const actions = root.querySelector('[part="step"] > .actions');
  const leave = actions?.querySelector('[part~="primary-action"]');
  const stay = actions?.querySelector('[part~="link-action"]');
  if (leave && stay)
    pairs.push({ where: `${el.step ?? 'the screen'}: continue and keep`, leave: weighButton(leave), stay: weighButton(stay) });
  const [accept, decline] = [...(root.querySelector('[part~="offer"]')?.querySelectorAll('button') ?? [])];
  if (accept && decline) pairs.push({ where: 'the offer: decline and accept', leave: weighButton(decline), stay: weighButton(accept) });
  return pairs;
}

export function fairnessOfStory(el: CloudpcUnsubscribe, options: UnsubscribeOptions | undefined, mode: FlowMode): FairnessFinding[] {
  const resolved = resolveOptions(options);
  const facts = fairnessFactsOf(resolved, { mode, methods: ['sms'] });
  return fairnessFindings({ ...facts, buttons: buttonPairs(el) });
}

function reportTemplate(findings: FairnessFinding[]): TemplateResult {
  const broken = findings.filter((f) => !f.ok).length;
  return html`<h2 style="font-size: 1.125rem; margin: 0 0 0.5rem">Fairness report</h2>
    <p style="margin: 0 0 0.5rem">${broken === 0 ? 'No dark pattern found.' : `${broken} rule${broken === 1 ? '' : 's'} broken.`}</p>
    <ul style="margin: 0; padding-inline-start: 1.25rem">
      ${findings.map(
        (f) =>
          html`<li data-rule=${f.rule} data-ok=${String(f.ok)}>
            <strong style=${f.ok ? 'color: #067647' : 'color: #b42318'}>${f.ok ? 'Kept' : 'Broken'}</strong> ${f.rule}: ${f.message}
          </li>`,
      )}
    </ul>`;
}

/** Fills the story's report region (`[data-fairness-report]`) with the findings for the screen shown now. */
export function drawFairnessReport(
  canvas: Element,
  el: CloudpcUnsubscribe,
  options: UnsubscribeOptions | undefined,
  mode: FlowMode,
): FairnessFinding[] {
  const region = canvas.querySelector<HTMLElement>('[data-fairness-report]');
  const findings = fairnessOfStory(el, options, mode);
  if (region) render(reportTemplate(findings), region);
  return findings;
}

/** The region the report is drawn into: plain colours of its own, readable in either scheme. */
export const fairnessRegion = html`<section
  data-fairness-report
  aria-label="Fairness report"
  style="margin-top: 1.5rem; padding: 1rem; max-width: 40rem; border: 2px solid #5c6370; background: #ffffff; color: #1f2329; font: 1rem/1.5 system-ui, sans-serif"
></section>`;
