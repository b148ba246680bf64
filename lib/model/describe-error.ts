import type { z } from 'zod';

/** Explains a zod error in one line a person can act on: `emails.0: Not a valid email address`. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
