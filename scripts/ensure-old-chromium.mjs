// `node scripts/ensure-old-chromium.mjs`: Chromium 92, the engine of many in-app browsers
// (WeChat, QQ, UC, Huawei run Chromium 86–112), from the npm package @sparticuz/chromium@92.0.0,
// which ships it brotli-compressed inside the package. Unpacks it once into .cache/chromium-92/
// (the binary, its SwiftShader GL libraries, and the package's own libs and fonts), then starts it
// through puppeteer-core 10 (the protocol of that year) and prints its version. Exits non-zero,
// saying why, when it cannot be unpacked or run. Also imported by test/old-engine/.
//
// The two tar archives are unpacked with the system's GNU tar (Debian's `tar` package is
// Essential, so every Debian machine has it); node has no tar reader of its own.
import { spawnSync } from 'node:child_process';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, createBrotliDecompress } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(join(root, 'package.json'));

/** Where the unpacked browser lives (ignored by git, like the rest of .cache/). */
export const OLD_CHROMIUM_DIR = join(root, '.cache', 'chromium-92');
const STAMP = join(OLD_CHROMIUM_DIR, 'unpacked.json');

/** Flags it runs with here (as root, headless, no GPU). `--single-process` hangs this build. */
export const OLD_CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--no-zygote',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--lang=zh-CN',
]);

function packageBin() {
  let manifest;
  try {
    manifest = require.resolve('@sparticuz/chromium/package.json');
  } catch {
    throw new Error('the devDependency @sparticuz/chromium is not installed: run `npm ci`');
  }
  const { version } = JSON.parse(readFileSync(manifest, 'utf8'));
  return { version, bin: join(manifest, '..', 'bin') };
}

/** What the unpacked copy was made from: the package version and the archives' sizes. */
function sourceStamp({ version, bin }) {
  const sizes = Object.fromEntries(['chromium.br', 'aws.tar.br', 'swiftshader.tar.br'].map((f) => [f, statSync(join(bin, f)).size]));
  return { package: `@sparticuz/chromium@${version}`, sizes };
}

function isUnpacked(stamp) {
  if (!existsSync(STAMP) || !existsSync(join(OLD_CHROMIUM_DIR, 'chromium'))) return false;
  return readFileSync(STAMP, 'utf8') === JSON.stringify(stamp);
}

function untar(archive, into) {
  const result = spawnSync('tar', ['-x', '--no-same-owner', '-f', '-', '-C', into], { input: brotliDecompressSync(readFileSync(archive)) });
  if (result.error) throw new Error(`cannot run tar (${result.error.message}): install GNU tar (Debian: apt-get install tar)`);
  if (result.status !== 0) throw new Error(`tar failed on ${archive}: ${result.stderr.toString().trim()}`);
}

/** Unpacks into a fresh folder beside the cache, then renames it into place: an interrupted run leaves nothing half-made. */
async function unpack(source, stamp) {
  const partial = `${OLD_CHROMIUM_DIR}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  try {
    await pipeline(
      createReadStream(join(source.bin, 'chromium.br')),
      createBrotliDecompress(),
      createWriteStream(join(partial, 'chromium'), { mode: 0o755 }),
    );
    untar(join(source.bin, 'swiftshader.tar.br'), partial);
    mkdirSync(join(partial, 'aws'));
    untar(join(source.bin, 'aws.tar.br'), join(partial, 'aws'));
    writeFileSync(join(partial, 'fonts.conf'), fontsConf(join(OLD_CHROMIUM_DIR, 'aws', '.fonts')));
    writeFileSync(join(partial, 'unpacked.json'), JSON.stringify(stamp));
    rmSync(OLD_CHROMIUM_DIR, { recursive: true, force: true });
    renameSync(partial, OLD_CHROMIUM_DIR);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw error;
  }
}

/**
 * The machine's fonts (where CJK fonts such as Debian's fonts-noto-cjk are) plus the Latin fonts
 * the package brings, so the browser finds both whatever fontconfig it was built with.
 */
function fontsConf(bundledFonts) {
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${bundledFonts}</dir>
</fontconfig>
`;
}

/** Whether fontconfig knows a font with Chinese glyphs (without one, Chinese text shows as boxes). */
export function hasChineseFont() {
  const result = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim() !== '';
}

/**
 * Unpacks Chromium 92 if needed and returns how to launch it with puppeteer-core 10:
 * `{ executablePath, args, env }`.
 */
export async function ensureOldChromium() {
  const source = packageBin();
  const stamp = sourceStamp(source);
  if (!isUnpacked(stamp)) await unpack(source, stamp);
  return {
    executablePath: join(OLD_CHROMIUM_DIR, 'chromium'),
    args: [...OLD_CHROMIUM_ARGS],
    env: { ...process.env, FONTCONFIG_PATH: OLD_CHROMIUM_DIR, FONTCONFIG_FILE: join(OLD_CHROMIUM_DIR, 'fonts.conf') },
  };
}

/** puppeteer-core 10 (the npm alias puppeteer-core-10): the DevTools protocol Chromium 92 speaks. */
export function oldPuppeteer() {
  return require('puppeteer-core-10');
}

/** Unpacks if needed, then starts Chromium 92 headless; close it with `closeOldChromium`. */
export async function launchOldChromium() {
  const launch = await ensureOldChromium();
  return oldPuppeteer().launch({ ...launch, headless: true, timeout: 30_000 });
}

/**
 * Closes the browser and ends its whole process group. With --no-zygote the GPU and renderer
 * processes are the browser's children; puppeteer 10 ends only the browser, and the orphans would
 * hold node's pipes open for another 15 s.
 */
export async function closeOldChromium(browser) {
  const pid = browser.process()?.pid;
  try {
    await browser.close();
  } finally {
    endProcessGroup(pid);
  }
}

function endProcessGroup(pid) {
  if (!pid) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch (error) {
    if (error.code !== 'ESRCH') console.error(`could not end Chromium 92's processes (group ${pid}): ${error.message}`);
  }
}

/** Shared libraries the binary needs and the machine lacks (it uses the system's, as Debian's chromium package brings them). */
export function missingLibraries(executablePath) {
  const result = spawnSync('ldd', [executablePath], { encoding: 'utf8' });
  return result.status === 0 ? [...result.stdout.matchAll(/^\s*(\S+) => not found/gm)].map((m) => m[1]) : [];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const browser = await launchOldChromium();
    const version = await browser.version().finally(() => closeOldChromium(browser));
    console.log(`${version} at ${join(OLD_CHROMIUM_DIR, 'chromium')}`);
    if (!hasChineseFont())
      console.log('note: no font with Chinese glyphs is installed, so screenshots show boxes (Debian: apt-get install fonts-noto-cjk)');
  } catch (error) {
    const missing = existsSync(join(OLD_CHROMIUM_DIR, 'chromium')) ? missingLibraries(join(OLD_CHROMIUM_DIR, 'chromium')) : [];
    if (missing.length > 0)
      console.error(`missing shared libraries: ${missing.join(', ')} (Debian's chromium package brings them: apt-get install chromium)`);
    console.error(`Chromium 92 (the old-engine tests' browser) cannot run: ${error.message}
It comes from the npm package @sparticuz/chromium (a devDependency, installed by npm ci) and is
unpacked into ${OLD_CHROMIUM_DIR}; delete that folder to unpack it again.`);
    process.exit(1);
  }
}
