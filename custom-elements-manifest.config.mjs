// custom-elements.json describes the public API of <cloudpc-unsubscribe> and nothing else: the
// class JSDoc of src/element/cloudpc-unsubscribe.ts is its single source (see STYLE.md, "The
// public API in one place"). The controllers and helpers beside the element are not part of it,
// and neither are private members, which the analyzer would otherwise list with `privacy`.
// The analyzer reads the sources; the manifest names the module a consumer imports, the package
// entry that ships (`dist/index.js`, which also defines the tag), since src/ is not published.
export const SHIPPED_MODULE = 'dist/index.js';

export default {
  globs: ['src/element/cloudpc-unsubscribe.ts', 'src/element/define.ts'],
  litelement: true,
  plugins: [publicApiOnly()],
};

function publicApiOnly() {
  // Names of `new CustomEvent(<variable>, …)`: the element's `emit(name, detail)` helper would
  // otherwise appear as an event called "name". The real names are the class's @event tags.
  const computedEventNames = new Set();
  return {
    name: 'cloudpc-public-api-only',
    analyzePhase({ ts, node }) {
      if (!ts.isNewExpression(node) || node.expression.getText() !== 'CustomEvent') return;
      const [name] = node.arguments ?? [];
      if (name !== undefined && !ts.isStringLiteralLike(name)) computedEventNames.add(name.getText());
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
        if (declaration.members) declaration.members = declaration.members.filter(isPublic);
        if (!declaration.events) continue;
        declaration.events = declaration.events.filter((event) => !(computedEventNames.has(event.name) && !event.description));
        // An event found in the code but missing from the class JSDoc would be a second, silent
        // API: stop the build instead of publishing it undocumented.
        const undocumented = declaration.events.filter((event) => !event.description);
        if (undocumented.length > 0) {
          throw new Error(`${declaration.name} dispatches ${undocumented.map((event) => event.name).join(', ')} with no @event tag`);
        }
      }
      customElementsManifest.modules = [asShippedModule(customElementsManifest.modules)];
    },
  };
}

function isPublic(member) {
  return member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#');
}

/**
 * The analyzed source modules as the one module that ships: every declaration and export, now
 * from `dist/index.js`, plus the tag's definition (the entry defines it when imported).
 */
function asShippedModule(modules) {
  const declarations = modules.flatMap((module) => module.declarations ?? []);
  const exports = modules
    .flatMap((module) => module.exports ?? [])
    .map((entry) => ({ ...entry, declaration: { ...entry.declaration, module: SHIPPED_MODULE } }));
  const element = declarations.find((declaration) => declaration.customElement);
  if (element) {
    exports.push({
      kind: 'custom-element-definition',
      name: element.tagName,
      declaration: { name: element.name, module: SHIPPED_MODULE },
    });
  }
  return { kind: 'javascript-module', path: SHIPPED_MODULE, declarations, exports };
}
