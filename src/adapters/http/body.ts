/**
 * Reading an answer's body under a byte limit. A back end (or whatever answers in its place) may
 * send megabytes: read whole, a 12 MB answer held the page for over a second, and an error page
 * was read in full on every retry. The body is read through its stream, counting bytes, and
 * cancelled the moment it passes the limit; a declared `Content-Length` over it is not read at all.
 */

/** Lets the connection go without reading what is left (an answer nobody will read). */
export function discardBody(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}

/**
 * The body as text, or null when it is longer than `limit` bytes (then it is cancelled, not read
 * to the end). Without a readable stream (`body` null in an old or stubbed `fetch`), `text()` is
 * read and its length checked after the fact.
 */
export async function readLimited(response: Response, limit: number): Promise<string | null> {
  const declared = Number(response.headers.get('Content-Length') ?? NaN);
  if (declared > limit) {
    discardBody(response);
    return null;
  }
  const body = response.body;
  if (body === null || typeof body.getReader !== 'function') {
    const text = await response.text();
    // Each UTF-16 unit is at least one byte of UTF-8: over the limit here is over it on the wire.
    return text.length > limit ? null : text;
  }
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > limit) {
      reader.cancel().catch(() => undefined);
      return null;
    }
    text += decoder.decode(value, { stream: true });
  }
}
