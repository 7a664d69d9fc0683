// The public API is written once, in the class JSDoc of <cloudpc-unsubscribe>: these tests check
// that custom-elements.json (generated from it by `npm run build`) says what the code does, and
// that the README's tables are generated from it. Run after `npm run build`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const script = join(root, 'scripts/api-docs.mjs');
const source = (path) => readFileSync(join(root, path), 'utf8');

let element;

before(() => {
  const manifestPath = join(root, 'custom-elements.json');
  assert.ok(existsSync(manifestPath), 'custom-elements.json is missing: run npm run build first');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  element = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.customElement);
});

describe('custom-elements.json', () => {
  test('lists the element under its tag name', () => {
    assert.equal(element?.tagName, 'cloudpc-unsubscribe');
    assert.equal(element.name, 'CloudpcUnsubscribe');
    assert.ok(element.summary, 'the element has a @summary');
  });

  test('lists every attribute with the property it sets', () => {
    const attributes = Object.fromEntries(element.attributes.map((attribute) => [attribute.name, attribute.fieldName]));
    assert.deepEqual(attributes, {
      locale: 'locale',
      mode: 'mode',
      'api-base': 'apiBase',
      'subscription-id': 'subscriptionId',
      demo: 'demo',
      history: 'history',
      persist: 'persist',
      step: 'step',
    });
    const byName = new Map(element.members.map((member) => [member.name, member]));
    assert.equal(byName.get('locale').type.text, "'zh-CN' | 'en'");
    assert.equal(byName.get('locale').default, "'zh-CN'");
    assert.equal(byName.get('mode').type.text, "'guided' | 'one-click'");
    assert.equal(byName.get('step').readonly, true);
  });

  test('spells out the unions the code declares, so the documented values cannot drift', () => {
    const byName = new Map(element.members.map((member) => [member.name, member]));
    const union = (text) => new Set([...text.matchAll(/'([^']+)'/g)].map((match) => match[1]));
    assert.deepEqual(union(byName.get('locale').type.text), union(/export type Locale = ([^;]+);/.exec(source('src/i18n/locale.ts'))[1]));
    assert.deepEqual(union(byName.get('mode').type.text), union(/export type FlowMode = ([^;]+);/.exec(source('src/flow/types.ts'))[1]));
    assert.deepEqual(union(byName.get('step').type.text), union(/export type StepId = ([^;]+);/.exec(source('src/flow/types.ts'))[1]));
  });

  test('lists the object properties that have no attribute', () => {
    const propertiesOnly = element.members.filter((member) => member.kind === 'field' && member.attribute === undefined);
    assert.deepEqual(propertiesOnly.map((member) => member.name).sort(), ['adapter', 'messages', 'options']);
  });

  test('lists public members only', () => {
    const notPublic = element.members.filter((member) => member.privacy !== undefined && member.privacy !== 'public');
    assert.deepEqual(notPublic, []);
    const names = element.members.map((member) => member.name);
    for (const internal of ['flow', 'poller', 'announcement', 'emit', 'view', 'renderBody']) assert.ok(!names.includes(internal), internal);
  });

  test('lists the ten events with the detail types the element declares on HTMLElementEventMap', () => {
    const declared = Object.fromEntries(
      [...source('src/element/event-map.ts').matchAll(/'(cloudpc-[a-z-]+)': (CustomEvent<\w+>);/g)].map((m) => [m[1], m[2]]),
    );
    const documented = Object.fromEntries(element.events.map((event) => [event.name, event.type.text]));
    assert.equal(Object.keys(documented).length, 10);
    assert.deepEqual(documented, declared);
    const events = source('src/flow/events.ts');
    for (const type of Object.values(documented)) {
      const detail = /<(\w+)>/.exec(type)[1];
      assert.match(events, new RegExp(`export (interface|type) ${detail}\\b`), `${detail} is exported by src/flow/events.ts`);
    }
    for (const event of element.events) assert.ok(event.description, `${event.name} is described`);
  });

  test('lists the header and footer slots the element renders', () => {
    assert.deepEqual(element.slots.map((slot) => slot.name).sort(), ['footer', 'header']);
    // A slot may appear in more than one branch of the template (the footer also shows while loading).
    const rendered = new Set([...source('src/element/shell.ts').matchAll(/<slot name="([a-z-]+)"/g)].map((m) => m[1]));
    assert.deepEqual([...rendered].sort(), ['footer', 'header']);
  });

  test('lists exactly the parts the templates use', () => {
    const documented = element.cssParts.map((part) => part.name);
    for (const part of [
      'container',
      'header',
      'progress',
      'step',
      'heading',
      'primary-action',
      'secondary-action',
      'error-summary',
      'field',
    ]) {
      assert.ok(documented.includes(part), part);
    }
    // Static `part="…"` attributes, and the button parts that ui/fields.ts picks by kind.
    const used = new Set();
    for (const file of sourceFiles('src')) {
      const text = source(file);
      for (const match of text.matchAll(/part="([a-z-]+)"/g)) used.add(match[1]);
      for (const match of text.matchAll(/'([a-z]+-action)'/g)) used.add(match[1]);
    }
    assert.deepEqual([...used].sort(), [...documented].sort());
  });

  test('lists every custom property the styles read, with the defaults they fall back to', () => {
    const styles = source('src/element/styles.ts');
    const [light, dark] = styles.split('@media (prefers-color-scheme: dark)');
    const defaults = (block) => Object.fromEntries([...block.matchAll(/--_([a-z-]+): ([^;]+);/g)].map((m) => [`--cloudpc-${m[1]}`, m[2]]));
    const lightDefaults = defaults(light);
    const darkDefaults = defaults(dark.split(/\n {2}}\n/)[0]);

    const read = new Set();
    for (const file of sourceFiles('src')) for (const match of source(file).matchAll(/var\((--cloudpc-[a-z-]+)/g)) read.add(match[1]);
    const documented = Object.fromEntries(element.cssProperties.map((property) => [property.name, property]));
    assert.deepEqual(Object.keys(documented).sort(), [...read].sort());

    for (const [name, property] of Object.entries(documented)) {
      assert.equal(property.default, lightDefaults[name], `${name}: light default`);
      const darkMention = /\(dark: ([^)]+)\)/.exec(property.description)?.[1];
      assert.equal(darkMention, darkDefaults[name], `${name}: dark default`);
    }
  });
});

describe('scripts/api-docs.mjs', () => {
  let dir;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'cloudpc-api-docs-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const run = (...args) => spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8' });

  test('--check passes on the README as it is', () => {
    const result = run('--check');
    assert.equal(result.status, 0, result.stderr);
  });

  test('--check fails naming the table when one was edited by hand, and --write puts it back', () => {
    const readme = source('README.md');
    const edited = readme.replace(/(\| `cloudpc-keep` +\| `KeepDetail` +\| )The subscriber/, '$1Someone');
    assert.notEqual(edited, readme, 'the fixture found the events table row to edit');
    const copy = join(dir, 'README.md');
    writeFileSync(copy, edited);

    const check = run('--check', '--readme', copy);
    assert.equal(check.status, 1);
    assert.match(check.stderr, /the events table is out of date/);
    assert.doesNotMatch(check.stderr, /attributes|parts|slots|css-properties/);

    assert.equal(run('--write', '--readme', copy).status, 0);
    assert.equal(readFileSync(copy, 'utf8'), readme);
  });

  test('--check fails naming the table whose markers are missing', () => {
    const copy = join(dir, 'README-no-slots.md');
    writeFileSync(copy, source('README.md').replace('<!-- api:slots:start -->', ''));
    const check = run('--check', '--readme', copy);
    assert.equal(check.status, 1);
    assert.match(check.stderr, /no markers for the slots table/);
  });
});

function sourceFiles(dir) {
  return readdirSync(join(root, dir), { recursive: true })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(dir, file));
}
