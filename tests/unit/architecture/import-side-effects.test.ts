import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { hasSideEffects, LIB_MODULES_WITH_SIDE_EFFECTS } from '../../../scripts/lib-side-effects.mjs';
import { ROOT, sourceFiles } from './import-graph';

// The build drops a lib/ module none of whose names a page uses (scripts/lib-side-effects.mjs): that
// is only safe while lib/ modules do nothing at the top level but declare. A statement that acts
// (a call, an assignment, a listener) belongs in a function, or its module in the list.

// A statement that acts starts a line at column 0 with something other than a declaration keyword,
// a comment or a closing bracket: only such files are parsed.
const MAYBE_ACTING = /^(?!(?:import|export|const|let|var|function|async|class|interface|type|enum|declare|abstract)\b)[\w$(]/m;

/** The top-level statements of a source text that do something when the module is imported. */
export function actingStatements(source: string): string[] {
  const file = ts.createSourceFile('module.ts', source, ts.ScriptTarget.Latest, true);
  return file.statements
    .filter(
      (statement) =>
        !ts.isImportDeclaration(statement) &&
        !ts.isExportDeclaration(statement) &&
        !ts.isFunctionDeclaration(statement) &&
        !ts.isClassDeclaration(statement) &&
        !ts.isInterfaceDeclaration(statement) &&
        !ts.isTypeAliasDeclaration(statement) &&
        !ts.isVariableStatement(statement) &&
        !ts.isEnumDeclaration(statement) &&
        !ts.isModuleDeclaration(statement) &&
        !ts.isEmptyStatement(statement),
    )
    .map((statement) => statement.getText(file).split('\n')[0]!);
}

describe('lib/ modules declare and do nothing on import', () => {
  it('lists every lib/ module whose top level acts, and no other', () => {
    const acting = sourceFiles(join(ROOT, 'lib'))
      .filter((file) => MAYBE_ACTING.test(readFileSync(file, 'utf8')))
      .filter((file) => actingStatements(readFileSync(file, 'utf8')).length > 0)
      .map((file) => relative(join(ROOT, 'lib'), file).split(sep).join('/'));
    expect(acting.sort()).toEqual([...LIB_MODULES_WITH_SIDE_EFFECTS].sort());
  });

  it('tells a declaring module from an acting one', () => {
    const declaring = "import { z } from 'zod';\nexport const Lead = z.object({ name: z.string() });\nfunction f() {}\n";
    expect(actingStatements(declaring)).toEqual([]);
    expect(actingStatements("import { z } from 'zod';\nz.config({ jitless: true });\n")).toEqual(['z.config({ jitless: true });']);
    expect(actingStatements("self.addEventListener('message', () => {\n  go();\n});")).toEqual([
      "self.addEventListener('message', () => {",
    ]);
  });

  it('keeps side effects outside lib/ and in the listed modules only', () => {
    expect(hasSideEffects(join(ROOT, 'lib/sequences/today.ts'))).toBe(false);
    expect(hasSideEffects(join(ROOT, 'lib/model/primitives.ts'))).toBe(true);
    expect(hasSideEffects(`${join(ROOT, 'lib/io/worker/io-worker.ts')}?worker_file&type=module`)).toBe(true);
    expect(hasSideEffects(join(ROOT, 'node_modules/react/index.js'))).toBe(true);
    expect(hasSideEffects(join(ROOT, 'entrypoints/background.ts'))).toBe(true);
  });
});
