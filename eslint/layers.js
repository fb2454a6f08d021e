// The layer rule: who may import whom (DESIGN.md, "Layers"). It fails the lint, never warns.
// Modelled on VS Code's code-layering: every file belongs to one layer, and each layer lists
// the layers and packages it may import. A rule of this project, not a general plugin.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { builtinModules } from 'node:module';

const root = path.resolve(import.meta.dirname, '..');

/**
 * Layers, matched in order against the file's path relative to the project root.
 * `layers`: the layers it may import values from. `typeLayers`: layers it may import only types
 * from. `packages`: 'node' (builtins), 'npm' (any package) and exact names, or functions.
 * `deniedPackages`: package names (or prefixes ending in '/') never allowed. `testPackages`:
 * packages its tests (`*.test.ts`) may import besides.
 */
/**
 * Imports against the layers that are known and reviewed, each with its reason, to be removed
 * when the code is changed: [importing file, imported file (resolved), why].
 */
const EXCEPTIONS = [
  [
    'electron/core/library.ts',
    'electron/core/rpc/dispatch.ts',
    'createLibrary hands the transports a ready `dispatch`; until they build it themselves ' +
      '(createDispatch(library)), the composition root reaches up to rpc for it',
  ],
];

/** The core's layers, lowest first. */
const CORE = ['core-domain', 'core-storage', 'core-library', 'core-rpc'];

const LAYERS = [
  // The value lists the contract's types derive from: plain constants every layer may import.
  { name: 'contract-values', match: /^electron\/contract\/values(\.ts)?$/, layers: [], packages: [] },
  // The codecs of the wire's compact shapes (contract/codec): pure functions over the
  // contract's types, the one place an encoding lives, run by the core and the renderer alike.
  {
    name: 'contract-codec',
    match: /^electron\/contract\/codec\//,
    layers: ['contract-values'],
    typeLayers: ['contract'],
    packages: [],
    testPackages: ['vitest'],
  },
  {
    name: 'contract',
    match: /^electron\/contract\//,
    layers: ['contract-values'],
    typeLayers: ['contract'],
    packages: [],
  },
  // The core in four layers, each importing only those below it: domain (pure engines:
  // anchoring, entities, import, export, search, text, workers, errors, resources) -> storage
  // -> library (the services, and library.ts that composes them) -> rpc (validation and
  // dispatch, what the transports call). Tests of any core layer may use the whole core.
  ...[
    ['core-rpc', /^electron\/core\/rpc\//, CORE],
    ['core-library', /^electron\/core\/(library\/|library(\.test)?\.ts$)/, CORE.slice(0, 3)],
    ['core-storage', /^electron\/core\/storage\//, CORE.slice(0, 2)],
    ['core-domain', /^electron\/core\//, CORE.slice(0, 1)],
  ].map(([name, match, below]) => ({
    name,
    match,
    layers: [...below, 'contract', 'contract-values', 'contract-codec'],
    testLayers: CORE,
    packages: ['node', 'npm'],
    deniedPackages: ['electron', 'react', 'react-dom', 'lexical', '@lexical/'],
  })),
  {
    name: 'shell',
    match: /^electron\/(main|preload)\.ts$/,
    layers: [...CORE, 'contract', 'contract-values', 'contract-codec', 'shell', 'shell-parts', 'host'],
    packages: ['node', 'npm'],
    deniedPackages: ['react', 'react-dom', 'lexical', '@lexical/'],
  },
  {
    // Helpers of main.ts: they get Electron objects passed in and may only import its types.
    name: 'shell-parts',
    match: /^electron\/shell\//,
    layers: [...CORE, 'contract', 'contract-values', 'contract-codec', 'shell-parts', 'host'],
    typeOnlyPackages: ['electron'],
    packages: ['node', 'npm'],
    deniedPackages: ['react', 'react-dom', 'lexical', '@lexical/'],
  },
  {
    name: 'host',
    match: /^electron\/(serve\.ts|host\/|cli\/)/,
    layers: [...CORE, 'contract', 'contract-values', 'contract-codec', 'host'],
    packages: ['node', 'npm'],
    deniedPackages: ['electron', 'react', 'react-dom', 'lexical', '@lexical/'],
  },
  {
    name: 'renderer',
    match: /^renderer\//,
    layers: ['renderer', 'contract-values', 'contract-codec'],
    typeLayers: ['contract'],
    packages: ['npm'],
    deniedPackages: ['electron', 'lowdb', 'chrono-node'],
  },
  {
    name: 'e2e',
    match: /^(e2e\/|playwright\.config)/,
    layers: ['e2e', 'contract', 'contract-values', 'contract-codec', 'tools'],
    packages: ['node', 'npm'],
  },
  {
    name: 'tools',
    match: /^(scripts|bench|eslint)\/|^[^/]+\.(ts|js|mjs)$/,
    layers: ['tools', ...CORE, 'contract', 'contract-values', 'contract-codec', 'host'],
    packages: ['node', 'npm'],
    deniedPackages: ['electron'],
  },
];

function layerOf(relativePath) {
  return LAYERS.find((layer) => layer.match.test(relativePath));
}

/** The file an import names: `x` may be `x.ts`, `x/index.ts`, or a file as written. */
function resolveTarget(target) {
  for (const candidate of [`${target}.ts`, `${target}/index.ts`]) {
    if (existsSync(path.join(root, candidate))) return candidate;
  }
  return target;
}

function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function isBuiltin(specifier) {
  return specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]);
}

function denied(list, name) {
  return (list ?? []).some((entry) => (entry.endsWith('/') ? name.startsWith(entry) : name === entry));
}

/** Why importing `specifier` from `file` breaks the layers, or null. */
function violation(file, specifier, typeOnly) {
  const from = layerOf(path.relative(root, file).split(path.sep).join('/'));
  if (!from) return null;
  if (specifier.startsWith('.') || specifier.startsWith('/')) {
    const target = path
      .relative(root, path.resolve(path.dirname(file), specifier))
      .split(path.sep)
      .join('/');
    const resolved = resolveTarget(target);
    const fromFile = path.relative(root, file).split(path.sep).join('/');
    if (EXCEPTIONS.some(([a, b]) => a === fromFile && b === resolved)) return null;
    const to = layerOf(resolved);
    if (!to || to.name === from.name) return null;
    if (from.layers.includes(to.name)) return null;
    if (/\.test\.ts$/.test(file) && (from.testLayers ?? []).includes(to.name)) return null;
    if (typeOnly && (from.typeLayers ?? []).includes(to.name)) return null;
    if ((from.typeLayers ?? []).includes(to.name)) {
      return `'${from.name}' may import only types from '${to.name}' (use \`import type\`)`;
    }
    return `'${from.name}' must not import from '${to.name}' (${target})`;
  }
  if (isBuiltin(specifier)) {
    return from.packages.includes('node')
      ? null
      : `'${from.name}' must not import Node built-in '${specifier}'`;
  }
  const name = packageName(specifier);
  if (/\.test\.ts$/.test(file) && (from.testPackages ?? []).includes(name)) return null;
  if (typeOnly && (from.typeOnlyPackages ?? []).includes(name)) return null;
  if ((from.typeOnlyPackages ?? []).includes(name)) {
    return `'${from.name}' may import only types from '${name}' (use \`import type\`)`;
  }
  if (denied(from.deniedPackages, name)) return `'${from.name}' must not import '${name}'`;
  return from.packages.includes('npm') || from.packages.includes(name)
    ? null
    : `'${from.name}' must not import package '${name}'`;
}

const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the layers of DESIGN.md: who may import whom.' },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const check = (node, source, typeOnly) => {
      if (!source || typeof source.value !== 'string') return;
      const message = violation(file, source.value, typeOnly);
      if (message) context.report({ node, message: `Layer violation: ${message}.` });
    };
    const allSpecifiersAreTypes = (node) =>
      node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === 'type');
    return {
      ImportDeclaration(node) {
        check(node, node.source, node.importKind === 'type' || allSpecifiersAreTypes(node));
      },
      ExportNamedDeclaration(node) {
        if (node.source) check(node, node.source, node.exportKind === 'type');
      },
      ExportAllDeclaration(node) {
        check(node, node.source, node.exportKind === 'type');
      },
      ImportExpression(node) {
        if (node.source.type === 'Literal') check(node, node.source, false);
      },
      TSImportType(node) {
        const literal = node.argument?.literal ?? node.argument;
        if (literal?.type === 'Literal') check(node, literal, true);
      },
    };
  },
};

export default { rules: { layers: layersRule } };
