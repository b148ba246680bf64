import { z } from 'zod';

/** The pipeline, in order; won and lost both close a deal. */
export const STAGES = ['new', 'contacted', 'qualified', 'presentation', 'negotiation', 'won', 'lost'] as const;

export const StageSchema = z.enum(STAGES);
export type Stage = z.infer<typeof StageSchema>;

/** Labels shown to people. */
export const STAGE_LABELS: Record<Stage, string> = {
  new: 'New',
  contacted: 'Contacted',
  qualified: 'Qualified',
  presentation: 'Presentation',
  negotiation: 'Negotiation',
  won: 'Won',
  lost: 'Lost',
};

/** Stages after which a deal is closed. */
export function isClosedStage(stage: Stage): boolean {
  return stage === 'won' || stage === 'lost';
}
