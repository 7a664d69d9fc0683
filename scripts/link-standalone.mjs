// Links the standalone build at run time instead of by URL, so that it works from any URL.
//
// Vite writes the standalone as ES modules: the entry, and chunks in standalone/ that the entry
// loads with import(). Left as they are, each chunk imports what it shares with the entry from the
// entry's file name ("../cloudpc-unsubscribe.standalone.js"). That breaks three ways a page loads
// the file in real life:
// - with a query string (`…standalone.js?v=2`): the chunks import the name without it, which is
//   another URL, so the browser runs a second copy of the whole widget;
// - under a renamed or fingerprinted name (`…standalone.3f9a1c.js`): the chunks ask for a file
//   that does not exist;
// - after a chunk failed to load once (a dropped connection on a phone): browsers remember a failed
//   module for the life of the page, so asking again fails again.
//
// So every chunk becomes a leaf: no static import at all. Its body is wrapped in a function that
// receives what it imported (`export default (function (__cpu) { const { a: e } = __cpu.get(…); …;
// return { renderPrepare: s } })`), and the entry gets a small loader that fetches a chunk and the
// chunks it needs in one go (one round trip, never a chain), calls their functions in dependency
// order, and retries a failed file with a fresh query. Imports from the entry come from the entry's
// own bindings, so exactly one copy runs whatever the entry's URL is.
//
// The rewrite keeps source maps exact (magic-string + @jridgewell/remapping) and refuses, with a
// build error, any shape of module it does not know, and any exported binding that is reassigned
// after its declaration (a copy would not see the change).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { parse } from 'acorn';
import { full as walk } from 'acorn-walk';
import MagicString from 'magic-string';
import { analyze as analyzeScopes } from 'eslint-scope';
import remapping from '@jridgewell/remapping';
import { transformSync } from 'esbuild';
import { jsTargets } from './browser-targets.mjs';

const API = '__cpu';
const SOURCE_MAP_COMMENT = /\n?\/\/# sourceMappingURL=[^\n]*\s*$/;

function jsFilesIn(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return jsFilesIn(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
}

const toPosix = (path) => path.split(sep).join('/');

/** The string of an import source or a dynamic import's argument, when it is a constant. */
function constantString(node) {
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked;
  return null;
}

/** What one file imports, exports and loads, read from its syntax tree. */
function analyse(file, code) {
  const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'module', ranges: true });
  const resolve = (specifier) => {
    if (!specifier.startsWith('.')) throw new Error(`${file}: imports "${specifier}", which is not a file of the build`);
    return posix.normalize(posix.join(posix.dirname(file), specifier));
  };
  const imports = [];
  const exports = [];
  const removals = [];
  for (const node of ast.body) {
    if (node.type === 'ImportDeclaration') {
      const bindings = node.specifiers.map((s) => ({
        kind: s.type === 'ImportNamespaceSpecifier' ? 'namespace' : 'named',
        imported:
          s.type === 'ImportDefaultSpecifier' ? 'default' : s.type === 'ImportSpecifier' ? (s.imported.name ?? s.imported.value) : null,
        local: s.local.name,
      }));
      imports.push({ target: resolve(node.source.value), bindings });
      removals.push(node);
    } else if (node.type === 'ExportNamedDeclaration' && node.declaration === null && node.source === null) {
      for (const s of node.specifiers) exports.push({ local: s.local.name, exported: s.exported.name ?? s.exported.value });
      removals.push(node);
    } else if (node.type.startsWith('Export')) {
      throw new Error(`${file}: an export of a shape the linker does not handle (${node.type}); keep chunks to export { a as b }`);
    }
  }
  const dynamicImports = [];
  const assigned = new Set();
  let usesApiName = false;
  walk(ast, (node) => {
    if (node.type === 'ImportExpression') {
      const specifier = constantString(node.source);
      if (specifier === null) throw new Error(`${file}: import() of a computed URL, which the linker cannot resolve`);
      dynamicImports.push({ node, target: resolve(specifier) });
    } else if (node.type === 'Identifier' && node.name.startsWith(API)) usesApiName = true;
  });
  // The module's own top-level bindings that some code assigns again after declaring them.
  const moduleScope = analyzeScopes(ast, { ecmaVersion: 2022, sourceType: 'module' }).globalScope.childScopes[0];
  for (const variable of moduleScope?.variables ?? []) {
    if (variable.references.some((reference) => reference.isWrite() && !reference.init)) assigned.add(variable.name);
  }
  if (usesApiName) throw new Error(`${file}: uses an identifier starting with ${API}, the linker's own name`);
  return { ast, imports, exports, removals, dynamicImports, assigned };
}

/** Exported bindings another file copies must never change after they are declared. */
function checkNoReassignedExports(file, info, usedNames) {
  for (const { local, exported } of info.exports) {
    if (usedNames.has(exported) && info.assigned.has(local)) {
      throw new Error(
        `${file}: exports "${exported}" (local ${local}), which is assigned after its declaration; ` +
          'a linked chunk would keep the old value. Export a function or an object instead.',
      );
    }
  }
}

function checkNoCycles(infos, entry) {
  const state = new Map();
  const visit = (file, path) => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'active') throw new Error(`chunks import each other in a cycle: ${[...path, file].join(' → ')}`);
    state.set(file, 'active');
    for (const { target } of infos.get(file).imports) if (target !== entry) visit(target, [...path, file]);
    state.set(file, 'done');
  };
  for (const file of infos.keys()) if (file !== entry) visit(file, []);
}

const json = (value) => JSON.stringify(value);

/**
 * The loader appended to the entry: hoisted functions only, so the entry may call it while it is
 * still running. It is minified as a script, so its top-level names stay as the rewritten calls
 * spell them; the entry's bindings are handed over by a function of their own, outside it, so that
 * no name of the minified loader can shadow one of the entry's.
 */
function loaderSource(entry, entryBindings, manifest) {
  const bindings = entryBindings.map(([exported, local]) => `${json(exported)}:${local}`).join(',');
  const loader = `
function ${API}Load(file){return ${API}Linker().load(file)}
function ${API}Linker(){
if(${API}Linker.l)return ${API}Linker.l;
var deps=${json(manifest)},fetching=new Map(),made=new Map(),tries=new Map(),entry;
function fetchFile(file){
var pending=fetching.get(file);
if(pending)return pending;
var n=tries.get(file)||0,url="./"+file+(n?"?retry="+n:"");
pending=import(url).catch(function(cause){
fetching.delete(file);tries.set(file,n+1);
var error=new Error("could not load "+new URL(url,${API}Meta.url).href);
error.name="ChunkLoadError";error.file=new URL(url,${API}Meta.url).href;error.cause=cause;throw error});
fetching.set(file,pending);return pending}
function order(file,seen,out){if(seen[file])return out;seen[file]=1;(deps[file]||[]).forEach(function(d){order(d,seen,out)});out.push(file);return out}
var api={get:function(file){if(file===${json(entry)})return entry||(entry=${API}Entry());return made.get(file)},load:load};
function load(file){
if(made.has(file))return Promise.resolve(made.get(file));
var files=order(file,{},[]);
return Promise.all(files.map(fetchFile)).then(function(modules){
files.forEach(function(f,i){if(!made.has(f))made.set(f,modules[i].default(api))});
return made.get(file)})}
return ${API}Linker.l={load:load}}
`;
  // import.meta is module syntax: it passes through the script-mode minifier under another name.
  const { code } = transformSync(loader, { minify: true, target: jsTargets, charset: 'utf8' });
  return `\n${code.replaceAll(`${API}Meta`, 'import.meta').trim()}\nfunction ${API}Entry(){return{${bindings}}}`;
}

/** Applies the edits, keeping the file's source map pointing at the original sources. */
function write(path, code, edit) {
  const ms = new MagicString(code);
  const comment = SOURCE_MAP_COMMENT.exec(code);
  if (comment) ms.remove(comment.index, code.length);
  edit(ms);
  const mapPath = `${path}.map`;
  let previous;
  try {
    previous = JSON.parse(readFileSync(mapPath, 'utf8'));
  } catch {
    previous = null;
  }
  const name = posix.basename(toPosix(path));
  // A hidden map (the standalone's, which is not shipped) stays hidden: no comment pointing at it.
  writeFileSync(path, comment ? `${ms.toString()}\n//# sourceMappingURL=${name}.map\n` : `${ms.toString()}\n`);
  const own = ms.generateMap({ hires: true, source: name, file: name, includeContent: false });
  const combined = previous === null ? own : remapping([own.toString(), previous], () => null);
  writeFileSync(mapPath, typeof combined === 'string' ? combined : combined.toString());
}

/**
 * Links `dist/<entryName>` and the chunks under `dist/<chunkDir>/`. Returns the manifest: each
 * chunk with the chunks it needs (for the size budget and tests).
 */
export function linkStandalone(distDir, entryName, chunkDir) {
  const entry = entryName;
  const paths = [join(distDir, entryName), ...jsFilesIn(join(distDir, chunkDir))];
  const infos = new Map();
  const sources = new Map();
  for (const path of paths) {
    const file = toPosix(relative(distDir, path));
    const code = readFileSync(path, 'utf8');
    sources.set(file, { path, code });
    infos.set(file, analyse(file, code));
  }
  const entryInfo = infos.get(entry);
  if (entryInfo.imports.length > 0) throw new Error(`${entry}: the standalone entry must not import other files statically`);
  for (const [file, info] of infos) {
    for (const { target } of [...info.imports, ...info.dynamicImports]) {
      if (!infos.has(target)) throw new Error(`${file}: imports ${target}, which the build did not write`);
    }
  }
  checkNoCycles(infos, entry);

  // Which exported names of each file other files import.
  const used = new Map([...infos.keys()].map((file) => [file, new Set()]));
  for (const info of infos.values()) {
    for (const { target, bindings } of info.imports) {
      for (const b of bindings) {
        if (b.kind === 'namespace') for (const e of infos.get(target).exports) used.get(target).add(e.exported);
        else used.get(target).add(b.imported);
      }
    }
  }
  for (const [file, info] of infos) checkNoReassignedExports(file, info, used.get(file));

  const manifest = {};
  for (const [file, info] of infos) {
    if (file === entry) continue;
    const needs = [...new Set(info.imports.map((i) => i.target).filter((t) => t !== entry))];
    if (needs.length > 0) manifest[file] = needs;
  }

  for (const [file, info] of infos) {
    const { path, code } = sources.get(file);
    const replaceDynamicImports = (ms, call) => {
      for (const { node, target } of info.dynamicImports) ms.overwrite(node.start, node.end, `${call}(${json(target)})`);
    };
    if (file === entry) {
      const locals = new Map(info.exports.map((e) => [e.exported, e.local]));
      const bindings = [...used.get(file)].sort().map((name) => {
        if (!locals.has(name)) throw new Error(`${entry} does not export "${name}", which a chunk imports`);
        return [name, locals.get(name)];
      });
      write(path, code, (ms) => {
        replaceDynamicImports(ms, `${API}Load`);
        ms.append(loaderSource(entry, bindings, manifest));
      });
      continue;
    }
    write(path, code, (ms) => {
      for (const node of info.removals) ms.remove(node.start, node.end);
      replaceDynamicImports(ms, `${API}.load`);
      const prologue = info.imports
        .filter((i) => i.bindings.length > 0)
        .map(({ target, bindings }) => {
          const namespace = bindings.find((b) => b.kind === 'namespace');
          const named = bindings.filter((b) => b.kind === 'named').map((b) => `${json(b.imported)}:${b.local}`);
          return [
            namespace ? `const ${namespace.local}=${API}.get(${json(target)});` : '',
            named.length > 0 ? `const{${named.join(',')}}=${API}.get(${json(target)});` : '',
          ].join('');
        })
        .join('');
      // Parenthesised, so engines compile the function eagerly instead of parsing the chunk twice.
      ms.prepend(`export default(function(${API}){${prologue}`);
      ms.append(`\nreturn{${info.exports.map((e) => `${json(e.exported)}:${e.local}`).join(',')}}})`);
    });
  }
  return manifest;
}
