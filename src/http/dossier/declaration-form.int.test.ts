/**
 * The declaration's e-form as catalogue data through the API: GET /api/procedures/{code}/declaration serves the
 * form of the version in force (with and without the applicant's answers), the generic form for a version without
 * one, a revised version's form at once; the catalogue export writes format version 3 with the forms and imports
 * back unchanged, and files of versions 1 and 2 still import.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../../test/app.js';
import { loginAs, type LoggedIn } from '../../../test/auth.js';
import type { CatalogueFile, ProcedureRecord } from '../../domain/catalogue/record.js';
import type { DeclarationFormOut } from '../../contracts/eform.js';

let t: TestApp;
let admin: LoggedIn;

beforeAll(async () => {
  t = await openTestApp({ demo: true });
  admin = await loginAs(t.app, 'admin.tinh');
});
afterAll(() => t.close());

const form = async (code: string, answers?: string) => {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/procedures/${code}/declaration${answers !== undefined ? `?answers=${answers}` : ''}`,
  });
  return { status: res.statusCode, body: res.json<DeclarationFormOut & { error?: { code: string } }>() };
};
const keys = (f: DeclarationFormOut) => f.fields.map((x) => x.key);

describe('GET /api/procedures/{code}/declaration', () => {
  it('serves the birth registration form with every field, its conditions readable, without answers', async () => {
    const { status, body } = await form('1.001193');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      procedureCode: '1.001193',
      title: 'Tờ khai đăng ký khai sinh',
      generic: false,
    });
    expect(body.version.no).toBeGreaterThanOrEqual(1);
    expect(keys(body)).toEqual(
      expect.arrayContaining(['requesterIdNumber', 'childName', 'motherName', 'foundling']),
    );
    expect(body.fields.find((f) => f.key === 'requesterIdNumber')).toMatchObject({
      kind: 'id_number',
      required: true,
      prefill: 'applicant_id_number',
      condition: null,
      status: 'always',
    });
    expect(body.fields.find((f) => f.key === 'motherName')).toMatchObject({
      status: 'unanswered',
      condition: { question: { id: 'tre_bo_roi' }, answers: [{ value: 'no', label: 'Không' }] },
    });
    expect(body.questions.map((q) => q.id).sort()).toEqual(['tre_bo_roi', 'uy_quyen']);
  });

  it('applies the answers: a field ruled out is left out, one asked says so', async () => {
    const abandoned = await form('1.001193', 'tre_bo_roi:yes,uy_quyen:no');
    expect(abandoned.status).toBe(200);
    expect(keys(abandoned.body)).not.toContain('motherName');
    expect(keys(abandoned.body)).not.toContain('authorisation');
    expect(abandoned.body.fields.find((f) => f.key === 'foundling')?.status).toBe('applies');
    const known = await form('1.001193', 'tre_bo_roi:no');
    expect(keys(known.body)).not.toContain('foundling');
    expect(known.body.fields.find((f) => f.key === 'fatherName')?.status).toBe('applies');
  });

  it('answers 400 naming an unknown question or answer, or malformed answers; 404 for no procedure', async () => {
    expect((await form('1.001193', 'ai_do:yes')).body.error?.code).toBe('CHECKLIST_UNKNOWN_QUESTION');
    expect((await form('1.001193', 'uy_quyen:co')).body.error?.code).toBe('CHECKLIST_UNKNOWN_ANSWER');
    expect((await form('1.001193', 'uy_quyen')).status).toBe(400);
    expect((await form('9.999999')).status).toBe(404);
  });

  it('gives the generic form to a version without one', async () => {
    const { status, body } = await form('2.000815');
    expect(status).toBe(200);
    expect(body).toMatchObject({ title: 'Tờ khai', generic: true, questions: [] });
    expect(body.fields).toEqual([
      expect.objectContaining({ key: 'request', kind: 'textarea', required: true }),
    ]);
  });
});

describe('the form is part of the version', () => {
  const CODE = '2.000815';
  const latest = async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/admin/procedures/${CODE}`, ...admin });
    return res.json<{ record: ProcedureRecord; version: { no: number } }>();
  };
  const withForm = (record: ProcedureRecord): ProcedureRecord => ({
    ...record,
    declaration: {
      title: 'Tờ khai thử',
      fields: [{ key: 'purpose', label: 'Mục đích', kind: 'textarea', required: true, maxLength: 500 }],
    },
  });

  it('only the catalogue managers may save a form; a saved form is served at once', async () => {
    const { record, version } = await latest();
    const officer = await loginAs(t.app, 'tiepnhan.dongtien');
    const payload = { record: withForm(record), baseVersion: version.no };
    const refused = await t.app.inject({
      method: 'PUT',
      url: `/api/admin/procedures/${CODE}`,
      ...officer,
      payload,
    });
    expect(refused.statusCode).toBe(403);
    const bad = withForm(record);
    bad.declaration!.fields.push({ key: 'purpose', label: 'Lần hai', kind: 'select', required: false });
    const invalid = await t.app.inject({
      method: 'PUT',
      url: `/api/admin/procedures/${CODE}`,
      ...admin,
      payload: { record: bad, baseVersion: version.no },
    });
    expect(invalid.statusCode).toBe(400);
    expect(
      invalid.json<{ error: { fields: { field: string }[] } }>().error.fields.map((f) => f.field),
    ).toEqual(['record.declaration.fields[1].key', 'record.declaration.fields[1].options']);
    const saved = await t.app.inject({
      method: 'PUT',
      url: `/api/admin/procedures/${CODE}`,
      ...admin,
      payload,
    });
    expect(saved.statusCode).toBe(200);
    const served = await form(CODE);
    expect(served.body).toMatchObject({
      title: 'Tờ khai thử',
      generic: false,
      version: { no: version.no + 1 },
    });
    expect(keys(served.body)).toEqual(['purpose']);
  });

  it('exports format version 3 with the forms, and the export imports back unchanged', async () => {
    const exported = await t.app.inject({ method: 'GET', url: '/api/admin/catalogue/export', ...admin });
    expect(exported.statusCode).toBe(200);
    const file = exported.json<CatalogueFile>();
    expect(file.version).toBe(3);
    expect(file.procedures.filter((p) => p.declaration).length).toBeGreaterThanOrEqual(7);
    const back = await t.app.inject({
      method: 'POST',
      url: '/api/admin/catalogue/import?dryRun=true',
      ...admin,
      payload: file,
    });
    expect(back.statusCode).toBe(200);
    expect(back.json()).toMatchObject({ created: 0, updated: 0, unchanged: file.procedures.length });
  });

  it('still imports files of format versions 1 and 2 (without forms), and refuses a form in them', async () => {
    const exported = (
      await t.app.inject({ method: 'GET', url: '/api/admin/catalogue/export', ...admin })
    ).json<CatalogueFile>();
    const plain = exported.procedures.filter((p) => !p.declaration && !p.questions).slice(0, 3);
    const v1 = await t.app.inject({
      method: 'POST',
      url: '/api/admin/catalogue/import?dryRun=true',
      ...admin,
      payload: { format: 'motcua.catalogue', version: 1, procedures: plain },
    });
    expect(v1.statusCode).toBe(200);
    const birth = exported.procedures.find((p) => p.code === '1.001193')!;
    const v2 = await t.app.inject({
      method: 'POST',
      url: '/api/admin/catalogue/import?dryRun=true',
      ...admin,
      payload: { format: 'motcua.catalogue', version: 2, procedures: [birth] },
    });
    expect(v2.statusCode).toBe(400);
    expect(v2.json<{ error: { fields: { field: string }[] } }>().error.fields).toEqual([
      expect.objectContaining({ field: 'procedures[0].declaration' }),
    ]);
    const { declaration: _form, ...withoutForm } = birth;
    const v2ok = await t.app.inject({
      method: 'POST',
      url: '/api/admin/catalogue/import?dryRun=true',
      ...admin,
      payload: { format: 'motcua.catalogue', version: 2, procedures: [withoutForm] },
    });
    expect(v2ok.statusCode).toBe(200);
    expect(v2ok.json()).toMatchObject({ updated: 1 });
  });
});
