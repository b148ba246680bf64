// A build step that removes two capabilities Leadline never uses, so that neither is in the shipped
// code (addons.mozilla.org's linter, `web-ext lint`, warns about both):
// - React DOM's `dangerouslySetInnerHTML` support. Leadline renders untrusted text only; eslint
//   forbids the prop (eslint.config.js), so the branch that assigns `innerHTML` is dead in our use.
//   It is replaced by a throw, not deleted: if the prop ever came back, rendering fails loudly.
// - zod's JIT: `allowsEval` probes `new Function("")` and `Doc.compile` builds parsers with it.
//   lib/model/primitives.ts turns the JIT off (`jitless`), so the probe answers false without
//   running and `compile` is never called; here both lose the `Function` constructor for good.
// Every replacement must match exactly as often as expected, or the build fails: a React or zod
// update that changes these lines is then reviewed, never silently shipped with them.

/** @type {Array<{ file: RegExp; from: string; to: string; count: number }>} */
const REPLACEMENTS = [
  {
    file: /[\\/]react-dom[\\/]cjs[\\/]react-dom-client\.production\.js$/,
    from: '(domElement.innerHTML = key)',
    to: '(function () { throw Error("dangerouslySetInnerHTML is not supported: Leadline renders text only"); })()',
    count: 2,
  },
  {
    file: /[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/,
    from: 'const F = Function;\n        new F("");\n        return true;',
    to: 'return false;',
    count: 1,
  },
  {
    file: /[\\/]zod[\\/]v4[\\/]core[\\/]doc\.js$/,
    from: 'const F = Function;',
    to: 'const F = function () { throw Error("zod runs jitless in Leadline"); };',
    count: 1,
  },
];

/** The Vite plugin (production builds only). */
export function textOnlyBuild() {
  return {
    name: 'leadline:text-only-build',
    apply: 'build',
    enforce: 'pre',
    /** @param {string} code @param {string} id */
    transform(code, id) {
      let out = code;
      for (const replacement of REPLACEMENTS) {
        if (!replacement.file.test(id)) continue;
        const found = out.split(replacement.from).length - 1;
        if (found !== replacement.count) {
          throw new Error(`text-only-build: expected ${replacement.count} × ${JSON.stringify(replacement.from)} in ${id}, found ${found}`);
        }
        out = out.split(replacement.from).join(replacement.to);
      }
      return out === code ? null : { code: out, map: null };
    },
  };
}
