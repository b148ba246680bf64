import { describe, expect, it } from 'vitest';
import { cycles, describeCycle, importsOf, moduleGraph } from './import-graph';

// A module (a folder of lib/ or components/) builds on the modules below it and never on one that
// builds on it: a cycle means neither can be read, tested or changed alone. In components/, the
// dashboard shell (components/shell) sits above the domain views it lists, and the views reach the
// shell only through components/view-context.ts, below both.
describe('folder-level import graph', () => {
  it.each([
    ['lib', 15],
    ['components', 15],
  ])('has no cycle between %s/ folders', (top, atLeast) => {
    const graph = moduleGraph(top);
    expect(graph.size).toBeGreaterThan(atLeast);
    expect(cycles(graph).map((members) => describeCycle(graph, members))).toEqual([]);
  });

  it('sees the imports the graph is built from', () => {
    const source = [
      "import { a } from '../db';",
      "import type { B } from '@/lib/model';",
      "export { c } from './c';",
      'import {\n  d,\n  e,\n} from "../keys/identity";',
      "const f = await import('../io/worker');",
      "import { z } from 'zod';",
      "// import { g } from '../not-code';",
    ].join('\n');
    expect(importsOf(source)).toEqual(['../db', '@/lib/model', './c', '../keys/identity', '../io/worker']);
  });

  it('finds and names a cycle', () => {
    const graph = new Map([
      ['lib/a', new Map([['lib/b', ['lib/a/x.ts: ../b']]])],
      ['lib/b', new Map([['lib/c', ['lib/b/y.ts: ../c']]])],
      ['lib/c', new Map([['lib/a', ['lib/c/z.ts: ../a/x']]])],
      ['lib/d', new Map([['lib/a', ['lib/d/w.ts: ../a']]])],
    ]);
    const found = cycles(graph);
    expect(found).toEqual([['lib/a', 'lib/b', 'lib/c']]);
    expect(describeCycle(graph, found[0]!)).toContain('lib/c -> lib/a\n      lib/c/z.ts: ../a/x');
  });
});
