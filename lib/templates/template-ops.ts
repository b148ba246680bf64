import { type LeadlineDB, parseForWrite, parseStored, parseStoredAll, writeTx } from '../db';
import { StaleRecordError } from '../forms';
import { describeZodError, newId, TemplateSchema, type Template, type TemplateChannel } from '../model';
import { checkTemplate } from './parse';

/** Every template, by name. */
export async function listTemplates(db: LeadlineDB): Promise<Template[]> {
  return parseStoredAll('templates', await db.getAll('templates')).sort((a, b) => a.name.localeCompare(b.name));
}

/** A template refused at save, with every problem named. */
export class TemplateError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
    this.name = 'TemplateError';
  }
}

/**
 * Creates or updates a template. Refused (TemplateError, nothing written) when it uses an unknown
 * merge field — named in the message — or leaves a `{{` unclosed.
 */
export async function saveTemplate(
  db: LeadlineDB,
  input: { id?: string; name: string; channel: TemplateChannel; subject?: string; body: string },
  now: number,
  /** Write only if the template is still the version the input was based on (its `updatedAt`), else StaleRecordError. */
  ifUpdatedAt?: number,
): Promise<Template> {
  const problems = checkTemplate(input).map((problem) => problem.message);
  if (problems.length) throw new TemplateError(problems);
  return writeTx(db, ['templates'], async (tx) => {
    const existing = input.id ? parseStored('templates', await tx.store.get(input.id), input.id) : undefined;
    if (ifUpdatedAt !== undefined && existing && existing.updatedAt !== ifUpdatedAt) throw new StaleRecordError(existing.name);
    const checked = TemplateSchema.safeParse({
      ...input,
      subject: input.channel === 'email' ? (input.subject ?? '') : '',
      id: existing?.id ?? input.id ?? newId(),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    });
    if (!checked.success) throw new TemplateError([describeZodError(checked.error)]);
    await tx.store.put(parseForWrite('templates', checked.data));
    return checked.data;
  });
}

/** Sequences whose steps use a template (it cannot be deleted while any does). */
export async function sequencesUsingTemplate(db: LeadlineDB, templateId: string): Promise<string[]> {
  const sequences = parseStoredAll('sequences', await db.getAll('sequences'));
  return sequences.filter((sequence) => sequence.steps.some((step) => step.templateId === templateId)).map((sequence) => sequence.name);
}

/** Deletes a template no sequence uses. */
export async function deleteTemplate(db: LeadlineDB, id: string): Promise<void> {
  await writeTx(db, ['templates', 'sequences'], async (tx) => {
    const sequences = parseStoredAll('sequences', await tx.objectStore('sequences').getAll());
    const users = sequences.filter((sequence) => sequence.steps.some((step) => step.templateId === id)).map((sequence) => sequence.name);
    if (users.length) throw new Error(`Used by ${users.map((name) => `“${name}”`).join(', ')}: change those steps first`);
    await tx.objectStore('templates').delete(id);
  });
}
