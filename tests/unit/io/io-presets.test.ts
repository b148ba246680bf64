import { describe, expect, it } from 'vitest';
import { detectPreset, leadsToCsv, parseLeadsCsv } from '@/lib/io/csv';
import { parseCsvTable } from '@/lib/io/csv-table';
import { isMappingTarget } from '@/lib/io/import-fields';
import { GENERIC_HEADERS, normaliseHeader, PRESETS } from '@/lib/io/presets';
import { LeadSchema } from '@/lib/model';

describe('the preset table', () => {
  it('is sorted by id, with unique ids', () => {
    const ids = PRESETS.map((preset) => preset.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(PRESETS.map((preset) => [preset.id, preset] as const))('%s: every header is unique and maps to a known field', (_id, preset) => {
    const headers = [...preset.columns, ...preset.alsoReads].map(([header]) => normaliseHeader(header));
    expect(new Set(headers).size).toBe(headers.length);
    for (const [header, field] of [...preset.columns, ...preset.alsoReads]) {
      expect(isMappingTarget(field), `${header} → ${field}`).toBe(true);
    }
    expect(preset.columns.some(([, field]) => ['fullName', 'firstName', 'email'].includes(field))).toBe(true);
  });

  it.each(PRESETS.map((preset) => [preset.id, preset] as const))(
    '%s: its signature headers are its own and no other preset’s',
    (_id, preset) => {
      expect(preset.signature.length).toBeGreaterThan(0);
      for (const header of preset.signature) {
        const others = PRESETS.filter(
          (other) => other !== preset && other.signature.some((h) => normaliseHeader(h) === normaliseHeader(header)),
        );
        expect(
          others.map((other) => other.id),
          header,
        ).toEqual([]);
      }
    },
  );

  it.each(PRESETS.map((preset) => [preset.id] as const))('%s: an export in its columns is recognised as it again', (id) => {
    const lead = LeadSchema.parse({
      id: 'l1',
      fullName: 'Ada Ashdown',
      firstName: 'Ada',
      lastName: 'Ashdown',
      emails: ['ada@x.example'],
      createdAt: 1,
      updatedAt: 1,
    });
    const csv = leadsToCsv([lead], id);
    const preset = PRESETS.find((p) => p.id === id)!;
    const headerRow = preset.columns.map(([header]) => header);
    // A preset whose export lacks a signature column is still found from a file that has one.
    const withSignature = headerRow.some((h) => preset.signature.includes(h))
      ? csv
      : csv.replace(headerRow.join(','), [...headerRow, preset.signature[0]].join(','));
    expect(detectPreset(parseCsvTable(withSignature).headers)?.id).toBe(id);
    expect(parseLeadsCsv(csv, { preset: id }).rows[0]).toMatchObject({ firstName: 'Ada' });
  });

  it('has no generic header twice', () => {
    const headers = GENERIC_HEADERS.map(([header]) => normaliseHeader(header));
    expect(new Set(headers).size).toBe(headers.length);
  });
});
