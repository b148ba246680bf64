import type { CaptureSource, DraftField, ProspectDraft } from '../model';

/** Builds a draft field by field, remembering which strategy produced each value. */
export class DraftBuilder {
  private readonly draft: ProspectDraft;

  constructor(source: CaptureSource, sourceUrl: string) {
    this.draft = { source, sourceUrl, evidence: {} };
  }

  /** Sets `field` from the first strategy that yields a value; later calls for a set field are ignored. */
  set(field: Exclude<DraftField, 'evidence'>, value: string | undefined, strategy: string): this {
    if (value === undefined || this.draft[field] !== undefined) return this;
    (this.draft as Record<string, unknown>)[field] = value;
    this.draft.evidence[field] = strategy;
    return this;
  }

  has(field: DraftField): boolean {
    return this.draft[field] !== undefined;
  }

  build(): ProspectDraft {
    return { ...this.draft, evidence: { ...this.draft.evidence } };
  }
}
