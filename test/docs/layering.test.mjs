// The layers of src/ are enforced by the lint command: an upward import, or the DOM in a pure
// layer, fails `npm test` (which runs `npm run lint`). Shown here on code that breaks the rule.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { TIERS, forbiddenFor } from '../../scripts/layers.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function problems(path, code) {
  const [result] = await eslint.lintText(code, { filePath: `${root}/${path}` });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the layers of src/', () => {
  it('refuse a step importing the element', async () => {
    const found = await problems(
      'src/steps/probe.ts',
      "import { StepLoader } from '../element/step-loader.js';\nexport const x = StepLoader;\n",
    );
    assert.ok(
      found.some((p) => p.startsWith('no-restricted-imports') && p.includes('src/steps must not import from src/element')),
      found.join('\n'),
    );
  });

  it('refuse the UI importing a step, and the contract importing the flow', async () => {
    assert.ok(
      (await problems('src/ui/probe.ts', "export * from '../steps/view.js';\n")).some((p) => p.startsWith('no-restricted-imports')),
    );
    assert.ok(
      (await problems('src/contract/probe.ts', "export * from '../flow/types.js';\n")).some((p) => p.startsWith('no-restricted-imports')),
    );
  });

  it('let a layer import the ones below it', async () => {
    const found = await problems('src/element/probe.ts', "export * from '../steps/index.js';\nexport * from '../flow/machine.js';\n");
    assert.deepEqual(
      found.filter((p) => p.startsWith('no-restricted-imports')),
      [],
    );
  });

  it('keep the DOM out of the pure layers', async () => {
    const found = await problems('src/flow/probe.ts', 'export const title = (): string => document.title;\n');
    assert.ok(
      found.some((p) => p.startsWith('no-restricted-globals') && p.includes('document')),
      found.join('\n'),
    );
  });

  it('has no folder of src/ outside the table', async () => {
    const { readdirSync } = await import('node:fs');
    const folders = readdirSync(`${root}/src`, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    const listed = TIERS.flat();
    assert.deepEqual(
      folders.filter((folder) => !listed.includes(folder)),
      [],
    );
    assert.ok(forbiddenFor('platform').includes('contract'));
  });
});
