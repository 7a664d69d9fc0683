/**
 * When the cloud PC's data goes, from when the service stops and the operator's retention period
 * (`terms.dataRetentionDays`): shared by `confirm`, `status` and `done` so that the check page and
 * the receipt name the same instant.
 */

const DAY_MS = 86_400_000;

/** The instant the data is erased: `days` whole days after the service stops. */
export function erasedAt(stopsAt: string, days: number): string {
  return new Date(Date.parse(stopsAt) + days * DAY_MS).toISOString();
}
