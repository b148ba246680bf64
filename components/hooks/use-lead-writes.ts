import { tagLeads, untagLeads } from '@/lib/campaigns';
import { getDb } from '@/lib/db';
import { updateLead, type LeadEdit } from '@/lib/leads';
import { assignLeads, type Actor } from '@/lib/team';
import { useAction, type ActionOptions } from './use-action';

/*
 * The writes the leads views make, each as one `useAction`: the component says what to change and
 * shows `busy` and `error`; opening the database and containing a failure happen here.
 */

/** Tags leads with a campaign (leads table → Tag). Resolves with the counts of tagged and untouched leads. */
export function useTagLeads(options?: ActionOptions<[leadIds: readonly string[], campaignId: string]>) {
  return useAction(async (leadIds: readonly string[], campaignId: string) => tagLeads(await getDb(), leadIds, campaignId), options);
}

/** Removes a campaign tag from leads; `clearAttribution` also forgets it as first- and last-touch campaign. */
export function useUntagLeads(options?: ActionOptions<[leadIds: readonly string[], campaignId: string, clearAttribution: boolean]>) {
  return useAction(
    async (leadIds: readonly string[], campaignId: string, clearAttribution: boolean) =>
      untagLeads(await getDb(), leadIds, campaignId, { clearAttribution }),
    options,
  );
}

/** Gives leads to a member, or to nobody (`owner` undefined), as `actor`. */
export function useAssignLeads() {
  return useAction(async (leadIds: readonly string[], owner: string | undefined, actor: Actor | undefined) =>
    assignLeads(await getDb(), leadIds, owner, actor),
  );
}

/** Edits one lead (fields, stage, deal); its timeline records the change. */
export function useUpdateLead(options?: ActionOptions<[id: string, edit: LeadEdit]>) {
  return useAction(async (id: string, edit: LeadEdit) => updateLead(await getDb(), id, edit), options);
}
