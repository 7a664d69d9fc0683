// The layering of src/, written once: the lint rules that enforce it (eslint.config.js) and the
// README's architecture map are both made from this table. A folder may import from the folders
// of lower tiers and from itself; nothing imports upward or sideways within a tier.
export const TIERS = [
  ['platform'],
  ['contract'],
  ['flow', 'refund', 'i18n'],
  ['adapters', 'options', 'openapi'],
  ['ui', 'check'],
  ['steps'],
  ['element'],
  ['frameworks'],
];

/** Folders whose code is pure: no DOM globals, no timers of the page (they run anywhere, and are tested without a browser's help). */
export const PURE = ['contract', 'flow'];

const tierOf = new Map(TIERS.flatMap((folders, tier) => folders.map((folder) => [folder, tier])));

/** The folders `folder` must not import from. */
export function forbiddenFor(folder) {
  const own = tierOf.get(folder);
  return [...tierOf].filter(([other, tier]) => other !== folder && tier >= own).map(([other]) => other);
}

/** ESLint config objects: one per folder, forbidding upward and sideways imports (and the package entry). */
export function layerRules(globals) {
  const rules = [...tierOf.keys()].map((folder) => {
    const forbidden = forbiddenFor(folder);
    return {
      files: [`src/${folder}/**/*.ts`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              ...forbidden.map((other) => ({
                group: [`../${other}/*`, `../../${other}/*`, `../../../${other}/*`],
                message: `src/${folder} must not import from src/${other}: the layers of src/ run one way (scripts/layers.mjs, README "Architecture").`,
              })),
              {
                group: ['../index.js', '../../index.js', '../../../index.js'],
                message: 'Only the package entry imports everything; a layer imports the module it needs.',
              },
            ],
          },
        ],
      },
    };
  });
  // The DOM, the page's timers and storage are not for the pure layers.
  const dom = Object.keys(globals.browser).filter((name) => !(name in globals.es2021));
  rules.push({
    files: PURE.map((folder) => `src/${folder}/**/*.ts`),
    rules: {
      'no-restricted-globals': ['error', ...dom.map((name) => ({ name, message: `src/${PURE.join(' and src/')} are pure: no ${name}.` }))],
    },
  });
  return rules;
}
