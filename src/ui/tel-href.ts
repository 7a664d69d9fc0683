/** Phone numbers keep their digits and a leading +; anything else is not dialled (null: show it as text). */
export function telHref(hotline: string): string | null {
  const digits = hotline.replace(/[^\d+]/g, '');
  return /^\+?\d{3,}$/.test(digits) ? `tel:${digits}` : null;
}
