import { z } from 'zod';
import { TimestampSchema } from './primitives';
import { StageSchema } from './stages';

/**
 * A teammate: someone who connected a Leadline to the team's server. `username` is their server
 * user name, the value a lead's `owner` holds; `displayName` is how the team sees them ("Dana
 * (marketing)"). Written on Connect and replicated like leads. Migration 009.
 */
export const MemberSchema = z.object({
  username: z.string().trim().min(1).max(200),
  displayName: z.string().trim().max(100).default(''),
  joinedAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Member = z.infer<typeof MemberSchema>;
export type MemberInput = z.input<typeof MemberSchema>;

/** How a member is named on screen: their display name, else their user name. */
export function memberLabel(member: Pick<Member, 'username' | 'displayName'> | undefined, username?: string): string {
  return member?.displayName || member?.username || username || '';
}

/**
 * "When a lead reaches <stage>, assign it to <member>": applied whenever a lead's stage changes to
 * `stage` (lib/team/assign.ts), like the tagging rules are applied to every capture.
 */
export const AssignmentRuleSchema = z.object({
  id: z.string().min(1).max(100),
  stage: StageSchema,
  /** The member's user name. */
  owner: z.string().trim().min(1).max(200),
  enabled: z.boolean().default(true),
});
export type AssignmentRule = z.infer<typeof AssignmentRuleSchema>;
