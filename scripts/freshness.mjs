// When a generated thing is out of date: older than the newest file it is made from.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The newest modification time of a file, or of any file under a folder (0 when it is missing). */
export function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newestMtime(join(path, entry)));
  return latest;
}

/** True when `target` is missing or older than the newest of `sources` (files or folders). */
export function isStale(target, sources) {
  if (!existsSync(target)) return true;
  const made = statSync(target).mtimeMs;
  return sources.some((source) => newestMtime(source) > made);
}
