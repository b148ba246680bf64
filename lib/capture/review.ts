import { campaignTagger, type CampaignTagOptions } from '../campaigns';
import { companyForDraft } from '../companies';
import { getSettings, type LeadlineDB } from '../db';
import { type FieldChange, patchFromDraft, previewSave, saveLead, type SaveLeadInput, type SaveLeadResult } from '../leads';
import { DRAFT_FIELDS, ProspectDraftSchema, type DraftField, type EmailGuess, type Lead, type ProspectDraft } from '../model';
import { draftToSaveInput } from './save-drafts';

/** A draft under review in the panel: what the page said, and what the user made of it. */
export interface Reviewed {
  original: ProspectDraft;
  edited: ProspectDraft;
  /** The likely address the user added (lib/emails): saved marked guessed while it is the draft's email. */
  guess?: EmailGuess;
}

/** Draft fields whose values the user changed (or cleared) while reviewing. */
export function editedFields({ original, edited }: Reviewed): DraftField[] {
  return DRAFT_FIELDS.filter((field) => (original[field] ?? '') !== (edited[field] ?? ''));
}

/** True when the draft names a person (company-only drafts have no name, first name or email). */
export function isPersonDraft(draft: ProspectDraft): boolean {
  if (draft.kind === 'company') return false;
  return !!(draft.fullName || draft.firstName || draft.lastName || draft.email);
}

/** Problems with what the user typed, by field, in words they can act on (empty when all is well). */
export function draftErrors(draft: ProspectDraft): Partial<Record<DraftField, string>> {
  const result = ProspectDraftSchema.safeParse(draft);
  const errors: Partial<Record<DraftField, string>> = {};
  for (const issue of result.error?.issues ?? []) {
    const field = issue.path[0] as DraftField;
    if (DRAFT_FIELDS.includes(field) && !errors[field]) errors[field] = issue.message;
  }
  if (isPersonDraft(draft) && !draft.fullName?.trim() && !draft.email?.trim())
    errors.fullName = 'Enter the person’s name or an email address';
  return errors;
}

/**
 * How a reviewed draft is saved: the page's values with their evidence as a capture, and the values
 * the user typed as the user's own (a later capture will not overwrite them).
 */
export function reviewedSaveInput(item: Reviewed, activeCampaignId: string | undefined, now: number): SaveLeadInput {
  const guessed = item.guess && item.edited.email?.toLowerCase() === item.guess.email ? item.guess : undefined;
  // A guessed address is neither captured nor typed: it is stored as a guess, with its provenance.
  const typedFields = editedFields(item).filter((field) => !(guessed && field === 'email'));
  const captured: ProspectDraft = { ...item.edited, evidence: { ...item.edited.evidence } };
  const typed: ProspectDraft = { source: item.edited.source, sourceUrl: item.edited.sourceUrl, evidence: {} };
  for (const field of typedFields) {
    if (item.edited[field]) (typed as Record<string, unknown>)[field] = item.edited[field];
    delete (captured as Record<string, unknown>)[field];
    delete captured.evidence[field];
  }
  const input = draftToSaveInput(captured, activeCampaignId, now);
  const typedPatch = patchFromDraft(typed);
  // A typed first/last name alone must not invent a full name that the page did not give.
  if (!typedFields.includes('fullName')) delete typedPatch.fullName;
  if (guessed) {
    delete input.patch.emails;
    return { ...input, typed: typedPatch, guess: guessed };
  }
  return { ...input, typed: typedPatch };
}

/** What saving would do: the lead it would merge into (already a lead?) and the field-by-field changes. */
export async function previewReviewed(
  db: LeadlineDB,
  item: Reviewed,
): Promise<{ existing: Lead | undefined; changes: FieldChange[]; possibleDuplicates: Lead[] }> {
  return previewSave(db, reviewedSaveInput(item, undefined, Date.now()));
}

/**
 * Saves reviewed drafts one by one (each deduplicated, each in its own transaction), with the page's
 * UTM tags and the campaign tags of lib/campaigns (tagging rules, the active campaign, the link's
 * utm_campaign) minus those the user removed; a new lead whose company is already stored is
 * attached to it. `onProgress` reports after each one, for long lists.
 */
export async function saveReviewed(
  db: LeadlineDB,
  items: readonly Reviewed[],
  onProgress?: (done: number) => void,
  now = Date.now(),
  campaignOptions: CampaignTagOptions = {},
): Promise<SaveLeadResult[]> {
  const settings = await getSettings(db);
  const tagCampaigns = campaignTagger(db, settings, now, campaignOptions);
  const results: SaveLeadResult[] = [];
  for (const item of items) {
    const company = await companyForDraft(db, item.edited);
    const input = await tagCampaigns(item.edited, reviewedSaveInput(item, settings.activeCampaignId, now));
    results.push(await saveLead(db, company ? { ...input, extras: { ...input.extras, companyId: company.id } } : input, now));
    onProgress?.(results.length);
  }
  return results;
}
