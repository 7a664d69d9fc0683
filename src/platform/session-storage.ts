/** The page's sessionStorage, or null where it is missing or forbidden (private mode, a sandboxed frame, blocked cookies). */
export function sessionStorageOrNull(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}
