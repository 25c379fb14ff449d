import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CatalogueFile } from './record.js';
import { checkCatalogueFile, checkRecord } from './validate.js';

const demo = JSON.parse(
  fs.readFileSync(new URL('../../services/demo-data/demo-catalogue.json', import.meta.url), 'utf8'),
) as CatalogueFile;
const land = () => structuredClone(demo.procedures.find((p) => p.code === '1.013831')!);

function fieldsOf(input: unknown): string[] {
  const r = checkRecord(input);
  return r.ok ? [] : r.issues.map((i) => i.field);
}

describe('the workflow of a procedure record', () => {
  it('is optional, and the demo catalogue with its land workflows is valid and keeps them', () => {
    const r = checkCatalogueFile(demo);
    expect(r.ok).toBe(true);
    const kept = r.ok ? r.value.procedures.find((p) => p.code === '1.013831') : undefined;
    expect(kept?.workflow?.steps.map((s) => [s.kind, s.unit ?? null, s.share])).toEqual([
      ['receive', null, 1],
      ['appraise', null, 8],
      ['transfer', '000.00.22.H56', 5],
      ['approve', null, 3],
      ['return', null, 1],
    ]);
    const without = land();
    delete without.workflow;
    expect(fieldsOf(without)).toEqual([]);
  });

  it('starts with receive, ends with return, names units by agency id, and has positive shares', () => {
    const r = land();
    const steps = r.workflow!.steps;
    steps[0]!.kind = 'appraise';
    steps[4]!.kind = 'approve';
    steps[2]!.unit = 'Chi cục Thuế';
    steps[1]!.share = 0;
    expect(fieldsOf(r)).toEqual(
      expect.arrayContaining([
        'workflow.steps[0].kind',
        'workflow.steps[4].kind',
        'workflow.steps[2].unit',
        'workflow.steps[1].share',
      ]),
    );
  });

  it('does not place the desk steps at another unit, and a transfer needs an inter-agency procedure', () => {
    const r = land();
    r.workflow!.steps[0]!.unit = '000.00.21.H56';
    r.flags.interAgency = false;
    const result = checkRecord(r);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'workflow.steps[0].unit' }),
          {
            field: 'flags.interAgency',
            message:
              'Quy trình có bước chuyển liên thông thì thủ tục phải được đánh dấu liên thông (interAgency)',
          },
        ]),
      );
    }
  });
});
