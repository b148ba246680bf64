// ESLint rule `leadline/module-surface`: code outside a lib/ folder imports that folder's index
// (`@/lib/sequences`, `../db`), never one of its files (`@/lib/sequences/today`). The index names what
// other modules may use; everything else is the folder's own to change. `allow` lists files that
// stay importable as they are (content scripts' small surfaces, see eslint.config.js).
import { dirname, relative, resolve, sep } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

/** `lib/<folder>/<rest>` of a specifier, or undefined when it is not inside a lib/ folder. */
function libPath(file, spec) {
  let target;
  if (spec.startsWith('@/')) target = resolve(ROOT, spec.slice(2));
  else if (spec.startsWith('.')) target = resolve(dirname(file), spec);
  else return undefined;
  const match = /^lib\/([^/]+)\/(.+)$/.exec(relative(ROOT, target).split(sep).join('/'));
  if (!match) return undefined;
  const rest = match[2].replace(/\.tsx?$/, '').replace(/\/index$/, '');
  return rest === 'index' ? undefined : { folder: match[1], path: `lib/${match[1]}/${rest}` };
}

/** @type {import('eslint').Rule.RuleModule} */
const moduleSurface = {
  meta: {
    type: 'problem',
    docs: { description: 'Import another lib/ folder through its index, not its files.' },
    schema: [{ type: 'object', properties: { allow: { type: 'array', items: { type: 'string' } } }, additionalProperties: false }],
    messages: {
      deep: "Import '{{folder}}' (its index), not '{{path}}': add the name to {{folder}}/index.ts if it is missing.",
    },
  },
  create(context) {
    const allow = new Set(context.options[0]?.allow ?? []);
    const file = context.filename;
    const own = /^lib\/([^/]+)\//.exec(relative(ROOT, file).split(sep).join('/'))?.[1];
    const check = (source) => {
      if (!source || typeof source.value !== 'string') return;
      const target = libPath(file, source.value);
      if (!target || target.folder === own || allow.has(target.path)) return;
      context.report({ node: source, messageId: 'deep', data: { folder: `lib/${target.folder}`, path: target.path } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source.type === 'Literal' ? node.source : undefined),
    };
  },
};

export default { rules: { 'module-surface': moduleSurface } };
