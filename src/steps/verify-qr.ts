/**
 * The QR code of the face recognition hand-off link.
 *
 * `lean-qr` is loaded with a dynamic `import()` the first time a subscriber chooses face
 * recognition, so nobody else downloads it. The code is drawn as an inline SVG through Lit
 * templates (one `<path>` whose `d` is bound as an attribute): no `innerHTML`, no `style=`
 * attribute, no `data:` URL, so it works under a strict Content-Security-Policy and Trusted Types.
 */
import { html, svg, type TemplateResult } from 'lit';
import type * as leanQr from 'lean-qr';
import { once } from '../platform/once.js';

type LeanQr = typeof leanQr;

/** The modules of a QR code, as lean-qr's bitmap gives them. */
export interface QrBitmap {
  readonly size: number;
  get(x: number, y: number): boolean;
}

export interface QrImage {
  readonly size: number;
  /** The dark modules as one SVG path, one unit per module. */
  readonly path: string;
}

/** The quiet zone around the code, in modules (ISO/IEC 18004 asks for 4). */
export const QR_QUIET_ZONE = 4;

const images = new Map<string, QrImage>();

/** Loads lean-qr once, whoever asks; a failed load is tried again on the next ask. */
export const loadQrLibrary = once((): Promise<LeanQr> => import('lean-qr'));

/** The dark modules of `bitmap` as an SVG path: one rectangle per horizontal run. */
export function qrPath(bitmap: QrBitmap): string {
  const parts: string[] = [];
  for (let y = 0; y < bitmap.size; y++) {
    let x = 0;
    while (x < bitmap.size) {
      if (!bitmap.get(x, y)) {
        x++;
        continue;
      }
      const start = x;
      while (x < bitmap.size && bitmap.get(x, y)) x++;
      parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
    }
  }
  return parts.join('');
}

function imageOf(qr: LeanQr, text: string): QrImage | null {
  const cached = images.get(text);
  if (cached) return cached;
  let image: QrImage;
  try {
    const bitmap = qr.generate(text, { minCorrectionLevel: qr.correction.M });
    image = { size: bitmap.size, path: qrPath(bitmap) };
  } catch {
    // Too long for a QR code: the link alone is the way.
    return null;
  }
  if (images.size >= 8) images.clear();
  images.set(text, image);
  return image;
}

export type QrState = { status: 'loading' } | { status: 'unavailable' } | { status: 'ready'; image: QrImage };

/** Whether the last attempt to load lean-qr failed (the next `preloadQr` tries again). */
let lastLoadFailed = false;

/** The QR code of `text` as far as it is known now (the face step's controller loads the library). */
export function qrState(text: string): QrState {
  const library = loadQrLibrary.value;
  if (library !== undefined) {
    const image = imageOf(library, text);
    return image === null ? { status: 'unavailable' } : { status: 'ready', image };
  }
  return lastLoadFailed ? { status: 'unavailable' } : { status: 'loading' };
}

/** Starts loading lean-qr unless it is here, and calls `arrived` when it is (or when it failed). */
export function preloadQr(arrived: () => void): void {
  if (loadQrLibrary.value !== undefined) return;
  loadQrLibrary().then(
    () => {
      lastLoadFailed = false;
      arrived();
    },
    () => {
      lastLoadFailed = true;
      arrived();
    },
  );
}

/** The QR code as an inline SVG image with an accessible name. Dark on light in every theme, so phones can read it. */
export function qrSvg(image: QrImage, label: string): TemplateResult {
  const full = image.size + 2 * QR_QUIET_ZONE;
  const viewBox = `${-QR_QUIET_ZONE} ${-QR_QUIET_ZONE} ${full} ${full}`;
  return html`<svg
    class="verify-qr__image"
    viewBox=${viewBox}
    role="img"
    aria-label=${label}
    shape-rendering="crispEdges"
    focusable="false"
  >
    ${svg`<rect x=${-QR_QUIET_ZONE} y=${-QR_QUIET_ZONE} width=${full} height=${full} fill="#ffffff"></rect>
      <path d=${image.path} fill="#000000"></path>`}
  </svg>`;
}
