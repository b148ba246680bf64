import { RuleTester } from 'eslint';
import { resolve } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import leadline from '../../../scripts/eslint-module-surface.mjs';

// RuleTester reports through the test runner's functions.
Object.assign(RuleTester, { afterAll, describe, it });

const ROOT = resolve(import.meta.dirname, '../../..');
const at = (path: string) => resolve(ROOT, path);
const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } });

tester.run('leadline/module-surface', leadline.rules!['module-surface']!, {
  valid: [
    { filename: at('components/leads/table.tsx'), code: "import { listLeads } from '@/lib/db';" },
    { filename: at('components/leads/table.tsx'), code: "import { listLeads } from '@/lib/db/index';" },
    { filename: at('lib/team/assign.ts'), code: "import { writeTx } from '../db';" },
    // Inside its own folder a module uses its files.
    { filename: at('lib/db/leads.ts'), code: "import { writeTx } from './tx';" },
    { filename: at('lib/mail/page/mail-content.ts'), code: "import { directionOf } from '../log-email';" },
    { filename: at('components/leads/table.tsx'), code: "import { Button } from '../button';" },
    {
      filename: at('entrypoints/linkedin.content.ts'),
      code: "import { isEnvelopeOf } from '@/lib/messaging/protocol';",
      options: [{ allow: ['lib/messaging/protocol'] }],
    },
    {
      filename: at('entrypoints/gmail.content.ts'),
      code: "import { runMailContent } from '@/lib/mail/page';",
      options: [{ allow: ['lib/mail/page'] }],
    },
  ],
  invalid: [
    {
      filename: at('components/leads/table.tsx'),
      code: "import { listLeads } from '@/lib/db/leads';",
      errors: [{ message: "Import 'lib/db' (its index), not 'lib/db/leads': add the name to lib/db/index.ts if it is missing." }],
    },
    { filename: at('lib/team/assign.ts'), code: "import { writeTx } from '../db/tx';", errors: 1 },
    { filename: at('lib/mail/page/gmail-adapter.ts'), code: "import { gmailSite } from '../../extract/gmail';", errors: 1 },
    { filename: at('lib/metrics/index.ts'), code: "export { measured } from '../perf/measure';", errors: 1 },
    { filename: at('components/io/import.tsx'), code: "const plan = import('@/lib/io/import-plan');", errors: 1 },
    {
      filename: at('entrypoints/gmail.content.ts'),
      code: "import { runMailContent } from '@/lib/mail/page/mail-content';",
      options: [{ allow: ['lib/mail/page'] }],
      errors: 1,
    },
  ],
});
