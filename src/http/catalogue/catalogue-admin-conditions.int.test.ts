/**
 * The catalogue editor's checklist questions and document conditions through the admin API: a version whose
 * condition points at no question, or at an answer its question does not offer, is refused with 400 and a
 * Vietnamese message naming the document and the question, and nothing is saved; a valid one is published at once
 * to the procedure page and the checklist API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../../test/app.js';
import { loginAs, type LoggedIn } from '../../../test/auth.js';
import type { ProcedureRecord } from '../../domain/catalogue/record.js';

let t: TestApp;
let admin: LoggedIn;

/** Guardianship registration: "loai_giam_ho" (cử / đương nhiên) and "uy_quyen" (yes/no). */
const CODE = '1.004837';
const APPOINTMENT = 'Văn bản cử người giám hộ';

interface Problem {
  error: { code: string; message: string; fields: { field: string; message: string }[] };
}

beforeAll(async () => {
  t = await openTestApp({ demo: true });
  admin = await loginAs(t.app, 'admin.tinh');
});
afterAll(() => t.close());

async function latest(): Promise<{ record: ProcedureRecord; no: number }> {
  const res = await t.app.inject({ method: 'GET', url: `/api/admin/procedures/${CODE}`, ...admin });
  expect(res.statusCode).toBe(200);
  const body = res.json<{ record: ProcedureRecord; version: { no: number } }>();
  return { record: body.record, no: body.version.no };
}

const save = (record: ProcedureRecord, baseVersion: number, who: LoggedIn = admin) =>
  t.app.inject({
    method: 'PUT',
    url: `/api/admin/procedures/${CODE}`,
    ...who,
    payload: { record, baseVersion, note: 'Sửa điều kiện giấy tờ' },
  });

const versionsAndAudit = async () => ({
  versions: (
    await t.database.db
      .selectFrom('procedure_versions')
      .innerJoin('procedures', 'procedures.id', 'procedure_versions.procedure_id')
      .select('procedure_versions.version_no')
      .where('procedures.code', '=', CODE)
      .execute()
  ).length,
  audit: (
    await t.database.db
      .selectFrom('audit_log')
      .select('id')
      .where('entity_id', '=', CODE)
      .where('action', '=', 'procedure.revise')
      .execute()
  ).length,
});

describe('refusing a condition that does not hold together', () => {
  it('points at no question: 400 naming the document and the question, nothing saved', async () => {
    const before = await versionsAndAudit();
    const { record, no } = await latest();
    const i = record.documents.findIndex((d) => d.name === APPOINTMENT);
    record.documents[i]!.condition = { question: 'nguoi_nuoc_ngoai', answers: ['yes'] };
    const res = await save(record, no);
    expect(res.statusCode).toBe(400);
    const body = res.json<Problem>();
    expect(body.error.code).toBe('RECORD_INVALID');
    expect(body.error.fields).toEqual([
      {
        field: `record.documents[${i}].condition.question`,
        message: `Điều kiện của giấy tờ «${APPOINTMENT}» dựa vào câu hỏi "nguoi_nuoc_ngoai" không có trong danh sách câu hỏi (questions)`,
      },
    ]);
    expect(await versionsAndAudit()).toEqual(before);
    expect((await latest()).no).toBe(no);
  });

  it('a removed question that documents still use: every such document is named', async () => {
    const before = await versionsAndAudit();
    const { record, no } = await latest();
    record.questions = record.questions!.filter((q) => q.id !== 'loai_giam_ho');
    const res = await save(record, no);
    expect(res.statusCode).toBe(400);
    const fields = res.json<Problem>().error.fields;
    expect(fields.map((f) => f.field)).toEqual([
      'record.documents[1].condition.question',
      'record.documents[2].condition.question',
    ]);
    expect(fields[0]!.message).toContain(`«${APPOINTMENT}»`);
    expect(fields[1]!.message).toContain('«Giấy tờ chứng minh điều kiện giám hộ đương nhiên»');
    expect(fields.every((f) => f.message.includes('"loai_giam_ho"'))).toBe(true);
    expect(await versionsAndAudit()).toEqual(before);
  });

  it('an answer the question does not offer (a choice turned yes/no): 400 naming both', async () => {
    const before = await versionsAndAudit();
    const { record, no } = await latest();
    const q = record.questions!.find((x) => x.id === 'loai_giam_ho')!;
    q.kind = 'yes_no';
    delete q.options;
    const res = await save(record, no);
    expect(res.statusCode).toBe(400);
    expect(res.json<Problem>().error.fields).toEqual([
      {
        field: 'record.documents[1].condition.answers[0]',
        message:
          `Điều kiện của giấy tờ «${APPOINTMENT}»: "cu" không phải là câu trả lời của câu hỏi "loai_giam_ho" ` +
          '«Giám hộ cử hay giám hộ đương nhiên?» (các câu trả lời: yes (Có), no (Không))',
      },
      {
        field: 'record.documents[2].condition.answers[0]',
        message: expect.stringContaining('"duong_nhien" không phải là câu trả lời') as string,
      },
    ]);
    expect(await versionsAndAudit()).toEqual(before);
  });

  it('is refused to a reception officer before anything is checked', async () => {
    const { record, no } = await latest();
    const officer = await loginAs(t.app, 'tiepnhan.dongtien');
    const res = await save(record, no, officer);
    expect(res.statusCode).toBe(403);
  });
});

describe('saving a new question and a condition on it', () => {
  it('publishes them: the procedure page names the condition, the checklist follows the answer', async () => {
    const { record, no } = await latest();
    record.questions = [
      ...(record.questions ?? []),
      { id: 'nguoi_nuoc_ngoai', text: 'Người được giám hộ là người nước ngoài?', kind: 'yes_no' },
    ];
    record.documents.push({
      name: 'Giấy tờ chứng minh nơi thường trú ở Việt Nam của người nước ngoài',
      kind: 'submit',
      originals: 0,
      copies: 1,
      condition: { question: 'nguoi_nuoc_ngoai', answers: ['yes'] },
    });
    const res = await save(record, no);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ version: { no: no + 1 } });

    const page = await t.app.inject({ method: 'GET', url: `/api/procedures/${CODE}` });
    const shown = page.json<{ documents: { name: string; condition: unknown }[] }>();
    expect(shown.documents.at(-1)?.condition).toEqual({
      question: { id: 'nguoi_nuoc_ngoai', text: 'Người được giám hộ là người nước ngoài?' },
      answers: [{ value: 'yes', label: 'Có' }],
    });
    const checklist = async (answers: string) =>
      (
        await t.app.inject({ method: 'GET', url: `/api/procedures/${CODE}/checklist?answers=${answers}` })
      ).json<{ documents: { name: string; status: string }[] }>().documents;
    const yes = await checklist('loai_giam_ho:cu,uy_quyen:no,nguoi_nuoc_ngoai:yes');
    expect(yes.find((d) => d.name.includes('người nước ngoài'))?.status).toBe('applies');
    const noAnswer = await checklist('loai_giam_ho:cu,uy_quyen:no,nguoi_nuoc_ngoai:no');
    expect(noAnswer.some((d) => d.name.includes('người nước ngoài'))).toBe(false);
  });
});
