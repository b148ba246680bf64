// The folder-level import graph of lib/ and components/, read from the source text (no bundler):
// every static `import … from`, `export … from` and dynamic `import()` with a relative or `@/` path.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** The repository's root folder. */
export const ROOT = resolve(import.meta.dirname, '../../..');

/** Every TypeScript source file below `dir` (declaration files left out). */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const SPECIFIER = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The relative and `@/` specifiers a file imports, in order of appearance. */
export function importsOf(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');
  return [...code.matchAll(SPECIFIER)]
    .map((match) => (match[1] ?? match[2])!)
    .filter((spec) => spec.startsWith('.') || spec.startsWith('@/'));
}

/**
 * The module a path inside `top` (lib or components) belongs to: its first folder (`lib/db`), or,
 * for a file directly inside `top` (a shared piece such as components/button.tsx), that file alone.
 */
export function moduleOf(top: string, path: string): string | undefined {
  const parts = relative(ROOT, path).split(sep);
  if (parts[0] !== top || parts.length < 2) return undefined;
  return `${top}/${parts[1]!.replace(/\.tsx?$/, '')}`;
}

export interface ImportEdge {
  from: string;
  to: string;
  /** One `file: specifier` line per import behind the edge. */
  via: string[];
}

/** Module-to-module edges of `top`, each with the imports behind it. */
export function moduleGraph(top: string): Map<string, Map<string, string[]>> {
  const graph = new Map<string, Map<string, string[]>>();
  for (const file of sourceFiles(join(ROOT, top))) {
    const from = moduleOf(top, file)!;
    if (!graph.has(from)) graph.set(from, new Map());
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      const target = spec.startsWith('@/') ? join(ROOT, spec.slice(2)) : resolve(dirname(file), spec);
      // `../db` is the folder lib/db, `./button` the file components/button.tsx.
      const to = moduleOf(top, isFolder(target) ? join(target, 'index.ts') : target);
      if (!to || to === from) continue;
      const via = graph.get(from)!.get(to) ?? [];
      via.push(`${relative(ROOT, file)}: ${spec}`);
      graph.get(from)!.set(to, via);
    }
  }
  return graph;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Every cycle's modules (strongly connected components of more than one module), sorted. */
export function cycles(graph: Map<string, Map<string, string[]>>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node)?.keys() ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return found.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** A readable account of one cycle: each edge between its modules and the imports behind it. */
export function describeCycle(graph: Map<string, Map<string, string[]>>, members: readonly string[]): string {
  const lines = [`cycle between ${members.join(', ')}:`];
  for (const from of members) {
    for (const [to, via] of graph.get(from) ?? []) {
      if (!members.includes(to)) continue;
      lines.push(`  ${from} -> ${to}`);
      for (const line of via.slice(0, 5)) lines.push(`      ${line}`);
      if (via.length > 5) lines.push(`      … and ${via.length - 5} more`);
    }
  }
  return lines.join('\n');
}
