// The reference back end as a real process (`node .cache/demo-server.mjs --port 0`), for tests that
// kill it, restart it, run two of it, or measure its memory. Every process is killed when its test
// ends (and after 60 s at the latest).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../../.cache/demo-server.mjs', import.meta.url));

/** Starts one; resolves `{ url, pid, kill(signal), exited }` once it listens. */
export async function startProcess({ args = [], env = {}, lifetimeMs = 60_000 } = {}) {
  const child = spawn(process.execPath, [bundle, '--port', '0', ...args], {
    env: { ...process.env, DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const timer = setTimeout(() => child.kill('SIGKILL'), lifetimeMs);
  exited.finally(() => clearTimeout(timer));
  const url = await new Promise((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      stdout += chunk;
      const found = /^cloudpc-unsubscribe demo: (http:\/\/\S+)$/m.exec(stdout);
      if (found) resolve(found[1]);
    });
    exited.then(({ code, signal }) => reject(new Error(`the server exited (${code ?? signal}) before listening: ${stderr}`)));
  });
  return {
    url,
    pid: child.pid,
    output: () => ({ stdout, stderr }),
    exited,
    async kill(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** The process's peak resident memory (VmHWM) and current (VmRSS), in MiB, from /proc. */
export function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { peakMiB: kib('VmHWM') / 1024, rssMiB: kib('VmRSS') / 1024 };
}
