// Packs a CommonJS package and everything it requires into one classic
// script for the browser, so wink-nlp and its model load without a bundler.
// Only static `require('literal')` calls are followed; a require that cannot
// be resolved is left to fail if it is ever called.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const REQUIRE = /\brequire\(\s*(['"])([^'"]+)\1\s*\)/g;

/**
 * Returns the text of a script that sets `globalThis[name]` to the exports
 * of each entry file: `entries` maps a global name to an absolute path.
 */
export function bundleCjs(entries) {
  const ids = new Map(); // absolute path -> index
  const mods = []; // { file, deps: { spec: index } }
  const add = (file) => {
    if (ids.has(file)) return ids.get(file);
    const id = mods.length;
    ids.set(file, id);
    const mod = { file, deps: {} };
    mods.push(mod);
    if (!file.endsWith('.json')) {
      const req = createRequire(file);
      for (const [, , spec] of readFileSync(file, 'utf8').matchAll(REQUIRE)) {
        let dep;
        try {
          dep = req.resolve(spec);
        } catch {
          continue;
        }
        mod.deps[spec] = add(dep);
      }
    }
    return id;
  };
  const roots = Object.entries(entries).map(([name, file]) => [name, add(file)]);
  const defs = mods.map(({ file, deps }) => {
    const src = readFileSync(file, 'utf8');
    const body = file.endsWith('.json') ? `module.exports = ${src};` : src;
    return `[${JSON.stringify(deps)}, function (module, exports, require) {\n${body}\n}]`;
  });
  return `(function () {
var defs = [\n${defs.join(',\n')}\n];
var cache = [];
function load(id) {
  if (cache[id]) return cache[id].exports;
  var module = (cache[id] = { exports: {} });
  var deps = defs[id][0];
  defs[id][1].call(module.exports, module, module.exports, function (spec) {
    if (!(spec in deps)) throw new Error('not bundled: ' + spec);
    return load(deps[spec]);
  });
  return module.exports;
}
${roots.map(([name, id]) => `globalThis[${JSON.stringify(name)}] = load(${id});`).join('\n')}
})();
`;
}
