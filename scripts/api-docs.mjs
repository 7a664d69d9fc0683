// `node scripts/api-docs.mjs --write | --check [--readme <path>] [--manifest <path>]`
//
// README.md's API tables (attributes and properties, events, parts, slots, custom properties) are
// generated from custom-elements.json, which `npm run build` generates from the class JSDoc of
// src/element/cloudpc-unsubscribe.ts: the API is written once, there. Each table sits between
// `<!-- api:<name>:start -->` and `<!-- api:<name>:end -->`; everything around them is prose kept
// by hand. `--write` rewrites the tables; `--check` exits 1 naming every table that differs from
// what `--write` would put there, so a JSDoc change without `npm run docs` fails the tests.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import prettier from 'prettier';

const TAG = 'cloudpc-unsubscribe';
const root = fileURLToPath(new URL('..', import.meta.url));

const TABLES = {
  attributes: attributesTable,
  events: eventsTable,
  slots: slotsTable,
  parts: partsTable,
  'css-properties': cssPropertiesTable,
};

const { values } = parseArgs({
  options: {
    write: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    readme: { type: 'string', default: `${root}README.md` },
    manifest: { type: 'string', default: `${root}custom-elements.json` },
  },
});

if (values.write === values.check) fail('say --write (rewrite the tables) or --check (compare them)');
if (!existsSync(values.manifest)) fail(`${values.manifest} not found: run npm run build first`);

const element = findElement(JSON.parse(readFileSync(values.manifest, 'utf8')));
const readme = readFileSync(values.readme, 'utf8');
const shown = relative(process.cwd(), values.readme) || values.readme;
// Formatted as `prettier --check .` wants the README (with the project's settings, wherever the
// file being checked is), so --write never fights the linter.
const prettierOptions = { ...(await prettier.resolveConfig(`${root}README.md`)), parser: 'markdown' };

let next = readme;
const stale = [];
const missing = [];
for (const [name, build] of Object.entries(TABLES)) {
  const block = new RegExp(`<!-- api:${name}:start -->[\\s\\S]*?<!-- api:${name}:end -->`);
  if (!block.test(next)) {
    missing.push(name);
    continue;
  }
  const table = (await prettier.format(build(element), prettierOptions)).trim();
  const wanted = `<!-- api:${name}:start -->\n\n${table}\n\n<!-- api:${name}:end -->`;
  const current = next.match(block)[0];
  if (current !== wanted) stale.push(name);
  next = next.replace(block, () => wanted);
}

if (missing.length > 0) fail(`${shown} has no markers for ${tables(missing)} (<!-- api:<name>:start --> … <!-- api:<name>:end -->)`);
if (values.check) {
  if (stale.length > 0)
    fail(`${shown}: ${tables(stale)} ${stale.length === 1 ? 'is' : 'are'} out of date with custom-elements.json; run npm run docs`);
  console.log(`${shown}: the API tables match custom-elements.json`);
} else {
  if (next !== readme) writeFileSync(values.readme, next);
  console.log(stale.length > 0 ? `${shown}: rewrote ${tables(stale)}` : `${shown}: the API tables were up to date`);
}

function findElement(manifest) {
  const declarations = (manifest.modules ?? []).flatMap((module) => module.declarations ?? []);
  const element = declarations.find((declaration) => declaration.customElement && declaration.tagName === TAG);
  if (element === undefined) fail(`custom-elements.json lists no <${TAG}>: is @tagname in its class JSDoc?`);
  return element;
}

function attributesTable(element) {
  const fields = (element.members ?? []).filter((member) => member.kind === 'field' && !member.static);
  return table(
    ['attribute', 'property', 'type', 'default', 'meaning'],
    fields.map((field) => [
      field.attribute ? code(field.attribute) : 'none',
      code(field.name),
      // An unset attribute is the "none" default, so `| undefined` would only repeat it.
      code((field.type?.text ?? 'unknown').replace(/ \| undefined$/, '')) + (field.readonly ? ', read-only' : ''),
      field.default ? code(field.default) : 'none',
      text(field.description),
    ]),
  );
}

function eventsTable(element) {
  return table(
    ['event', 'detail', 'when'],
    (element.events ?? []).map((event) => [code(event.name), code(detailType(event.type?.text)), text(event.description)]),
  );
}

/** `CustomEvent<StepChangeDetail>` → `StepChangeDetail`, the name the package exports. */
function detailType(type = 'CustomEvent') {
  return /^CustomEvent<(.+)>$/.exec(type)?.[1] ?? type;
}

function slotsTable(element) {
  return table(
    ['slot', 'what goes in it'],
    (element.slots ?? []).map((slot) => [slot.name ? code(slot.name) : '(default)', text(slot.description)]),
  );
}

function partsTable(element) {
  return table(
    ['part', 'what it is'],
    (element.cssParts ?? []).map((part) => [code(part.name), text(part.description)]),
  );
}

function cssPropertiesTable(element) {
  return table(
    ['custom property', 'default', 'what it sets'],
    (element.cssProperties ?? []).map((property) => [
      code(property.name),
      property.default ? code(property.default) : 'none',
      text(property.description),
    ]),
  );
}

function table(head, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A description as one table cell: one line, pipes escaped (GitHub splits cells on them, even in code). */
function text(description = '') {
  return description.replace(/\s*\n\s*/g, ' ').replaceAll('|', '\\|');
}

function code(value) {
  return `\`${String(value).replaceAll('|', '\\|')}\``;
}

/** `the events table`, `the events and parts tables`. */
function tables(names) {
  const last = names.at(-1);
  return names.length === 1 ? `the ${last} table` : `the ${names.slice(0, -1).join(', ')} and ${last} tables`;
}

function fail(message) {
  console.error(`api-docs: ${message}`);
  process.exit(1);
}
