/**
 * The case-aware checklist through the API: the procedure's documents with their conditions, the checklist for a
 * citizen's answers (and 400 naming an unknown question or answer), the PDF with the answers in words, and the
 * short link a message carries — on the demo catalogue's birth registration and guardianship.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../../test/app.js';
import { loadCatalogue } from '../../../test/catalogue.js';
import { pdfFlatText } from '../../adapters/pdf/pdf-test-utils.js';
import { demoCatalogue } from '../../services/demo-data/catalogue.js';
import { createChecklistLink } from '../../services/checklist/message.js';
import { getProcedure } from '../../services/catalogue/queries.js';
import type { AnsweredChecklist, ChecklistLink } from '../../contracts/checklist.js';

let t: TestApp;
const CODES = ['1.001193', '1.004837'];

beforeAll(async () => {
  t = await openTestApp({ demo: false, env: { PUBLIC_URL: 'https://motcua.example.vn' } });
  const demo = demoCatalogue();
  await loadCatalogue(
    t.database.db,
    { ...demo, procedures: demo.procedures.filter((p) => CODES.includes(p.code)) },
    { effectiveFrom: '2020-01-01' },
  );
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ method: 'GET', url });
const names = (c: AnsweredChecklist) => c.documents.map((d) => d.name);

describe('GET /api/procedures/{code}', () => {
  it('gives every document a condition: null when always needed, else the question and its answers in words', async () => {
    const res = await get('/api/procedures/1.001193');
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      questions: { id: string }[];
      documents: { name: string; condition: unknown }[];
    }>();
    expect(body.questions.map((q) => q.id)).toEqual([
      'uy_quyen',
      'tre_bo_roi',
      'mang_thai_ho',
      'sinh_ngoai_co_so_y_te',
    ]);
    expect(body.documents[0]!.condition).toBeNull();
    const abandoned = body.documents.find((d) => d.name.startsWith('Biên bản về việc trẻ bị bỏ rơi'));
    expect(abandoned?.condition).toEqual({
      question: { id: 'tre_bo_roi', text: 'Trẻ bị bỏ rơi?' },
      answers: [{ value: 'yes', label: 'Có' }],
    });
  });
});

describe('GET /api/procedures/{code}/checklist', () => {
  it('gives exactly the documents for the answers, and the questions still unanswered', async () => {
    const res = await get(
      '/api/procedures/1.001193/checklist?answers=uy_quyen:no,tre_bo_roi:no,mang_thai_ho:no',
    );
    expect(res.statusCode).toBe(200);
    const body = res.json<AnsweredChecklist>();
    expect(names(body)).toEqual([
      'Tờ khai đăng ký khai sinh (theo mẫu)',
      'Giấy chứng sinh',
      'Văn bản của người làm chứng xác nhận việc sinh, hoặc giấy cam đoan về việc sinh',
      'Giấy tờ tùy thân: hộ chiếu, thẻ căn cước, căn cước điện tử hoặc giấy tờ khác có ảnh còn giá trị sử dụng',
      'Giấy tờ chứng minh nơi cư trú',
    ]);
    expect(body.documents.map((d) => d.status)).toEqual([
      'always',
      'always',
      'unanswered',
      'always',
      'always',
    ]);
    expect(body.unanswered.map((q) => q.id)).toEqual(['sinh_ngoai_co_so_y_te']);
    expect(body.answersInWords).toContain('Trẻ bị bỏ rơi? — Không');

    const yes = await get(
      '/api/procedures/1.001193/checklist?answers=tre_bo_roi:yes,sinh_ngoai_co_so_y_te:no',
    );
    const docs = yes.json<AnsweredChecklist>().documents;
    expect(docs.find((d) => d.name.startsWith('Biên bản'))?.status).toBe('applies');
    expect(docs.some((d) => d.name.startsWith('Văn bản của người làm chứng'))).toBe(false);
  });

  it('follows a choice question', async () => {
    const res = await get('/api/procedures/1.004837/checklist?answers=loai_giam_ho:duong_nhien,uy_quyen:no');
    const body = res.json<AnsweredChecklist>();
    expect(names(body)).toContain('Giấy tờ chứng minh điều kiện giám hộ đương nhiên');
    expect(names(body)).not.toContain('Văn bản cử người giám hộ');
    expect(body.unanswered).toEqual([]);
  });

  it('answers 400 naming an unknown question or answer, and for a malformed value', async () => {
    const q = await get('/api/procedures/1.001193/checklist?answers=uy_quyen:yes,con_nuoi:yes');
    expect(q.statusCode).toBe(400);
    expect(q.json()).toMatchObject({
      error: { code: 'CHECKLIST_UNKNOWN_QUESTION', message: expect.stringContaining('"con_nuoi"') as string },
    });
    const a = await get('/api/procedures/1.001193/checklist?answers=uy_quyen:maybe');
    expect(a.statusCode).toBe(400);
    expect(a.json()).toMatchObject({
      error: { code: 'CHECKLIST_UNKNOWN_ANSWER', message: expect.stringContaining('"maybe"') as string },
    });
    for (const bad of ['uy_quyen', 'uy_quyen:yes,uy_quyen:no', 'UY:yes', 'uy_quyen:yes;x:y']) {
      const res = await get(`/api/procedures/1.001193/checklist?answers=${encodeURIComponent(bad)}`);
      expect(res.statusCode, bad).toBe(400);
    }
    expect(
      (await get('/api/procedures/1.001193/checklist?answers=uy_quyen:yes,uy_quyen:no')).json(),
    ).toMatchObject({
      error: { code: 'CHECKLIST_ANSWERS_MALFORMED' },
    });
    expect((await get('/api/procedures/1.001193/checklist?case=Kh%C3%B4ng')).statusCode).toBe(400);
  });

  it('documents the answers parameter in OpenAPI', async () => {
    const spec = (await get('/api/openapi.json')).json<{
      paths: Record<
        string,
        { get: { parameters: { name: string; description?: string; schema: { pattern?: string } }[] } }
      >;
    }>();
    const params = spec.paths['/api/procedures/{code}/checklist']!.get.parameters;
    const answers = params.find((p) => p.name === 'answers')!;
    expect(answers.schema.pattern).toContain(':');
    expect(answers.description ?? JSON.stringify(answers)).toContain('question:answer');
  });
});

describe('the checklist PDF with answers', () => {
  it('leaves out what does not apply and prints the answers in words', async () => {
    const res = await get(
      '/api/procedures/1.001193/checklist.pdf?answers=uy_quyen:no,tre_bo_roi:no,mang_thai_ho:no',
    );
    expect(res.statusCode).toBe(200);
    const text = pdfFlatText(res.rawPayload);
    expect(text).toContain('Theo câu trả lời của ông/bà');
    expect(text).toContain('Trẻ bị bỏ rơi? — Không');
    expect(text).toContain('Giấy chứng sinh');
    expect(text).not.toContain('Biên bản về việc trẻ bị bỏ rơi');
    expect(text).toContain('Chỉ khi: Trẻ sinh ra ngoài cơ sở y tế, không có Giấy chứng sinh? — Có');
    expect(text).toContain('mang_thai_ho:no,tre_bo_roi:no,uy_quyen:no');
    expect((await get('/api/procedures/1.001193/checklist.pdf?answers=x:yes')).statusCode).toBe(400);
  });
});

describe('GET /api/checklist-links/{code}', () => {
  it('shows the answered checklist of the version the message was about, then says when it has expired', async () => {
    const { db } = t.database;
    const version = await getProcedure(db, '1.001193');
    const now = Date.now();
    const link = await db
      .transaction()
      .execute((trx) =>
        createChecklistLink(
          trx,
          { versionId: version.id, answers: { tre_bo_roi: 'no', uy_quyen: 'no' } },
          now,
        ),
      );
    expect(link.code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(link.expiresAt.getTime() - now).toBe(30 * 24 * 3600 * 1000);
    const res = await get(`/api/checklist-links/${link.code.toLowerCase()}`);
    expect(res.statusCode).toBe(200);
    const body = res.json<ChecklistLink>();
    expect(body.status).toBe('valid');
    if (body.status !== 'valid') return;
    expect(body.checklist.version.id).toBe(version.id);
    expect(names(body.checklist)).not.toContain(
      'Biên bản về việc trẻ bị bỏ rơi do cơ quan có thẩm quyền lập',
    );
    expect(names(body.checklist)).toContain('Giấy chứng sinh');

    const old = await db
      .transaction()
      .execute((trx) =>
        createChecklistLink(trx, { versionId: version.id, answers: {} }, now - 31 * 24 * 3600 * 1000),
      );
    const expired = (await get(`/api/checklist-links/${old.code}`)).json<ChecklistLink>();
    expect(expired).toMatchObject({
      status: 'expired',
      procedure: { code: '1.001193', name: 'Đăng ký khai sinh' },
    });
    expect((await get('/api/checklist-links/AAAAAAAA')).statusCode).toBe(404);
    expect((await get('/api/checklist-links/nonsense!')).statusCode).toBe(404);
  });
});
