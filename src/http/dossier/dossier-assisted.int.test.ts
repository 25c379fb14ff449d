/**
 * Assisted intake ("ngày không viết"): the officer fills the declaration, the citizen confirms the read-back by
 * signature, fingerprint or a one-time code sent through the outbox; fees, organisations, and who took the result.
 */
import { describe, expect, it } from 'vitest';
import {
  birth,
  codeOf,
  key,
  useDossierApp,
  type Acted,
  type Detail,
  type Failure,
} from './dossier-test-utils.js';
import { birthDeclaration } from '../../domain/dossier/test-fixtures.js';

const { ctx, receive, receiveBirth, act } = useDossierApp();

const declaration = birthDeclaration;

const detail = async (code: string) =>
  (
    await ctx.t.app.inject({ method: 'GET', url: `/api/dossiers/${code}`, ...ctx.as['tiepnhan.dongtien'] })
  ).json<Detail>();

const sendOtp = (phone: string, user = 'tiepnhan.dongtien') =>
  ctx.t.app.inject({ method: 'POST', url: '/api/dossiers/otp', ...ctx.as[user], payload: { phone } });

/** The code the citizen received, read from the outbox message queued for their phone. */
async function codeSentTo(phone: string): Promise<string> {
  const row = await ctx.t.database.db
    .selectFrom('notifications')
    .select(['body', 'channel', 'urgent'])
    .where('recipient', '=', phone)
    .where('event', '=', 'one_time_code')
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();
  expect(row).toMatchObject({ channel: 'sms', urgent: true });
  const m = /(\d{6})/.exec(row.body);
  expect(m, row.body).not.toBeNull();
  return m![1]!;
}

describe('declaration templates', () => {
  it('gives the birth registration form fields, and a generic form for other procedures', async () => {
    const res = await ctx.t.app.inject({ method: 'GET', url: '/api/procedures/1.001193/declaration' });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ title: string; fields: { key: string; required: boolean }[] }>();
    expect(body.title).toBe('Tờ khai đăng ký khai sinh');
    expect(body.fields.find((f) => f.key === 'childName')?.required).toBe(true);
    const other = await ctx.t.app.inject({ method: 'GET', url: '/api/procedures/2.000815/declaration' });
    expect(other.json<{ fields: { key: string }[] }>().fields.map((f) => f.key)).toEqual(['request']);
    const missing = await ctx.t.app.inject({ method: 'GET', url: '/api/procedures/9.999999/declaration' });
    expect(missing.statusCode).toBe(404);
  });
});

describe('assisted intake', () => {
  it('records every value as entered by the officer and the signature the citizen confirmed with', async () => {
    const res = await receive(birth({ assisted: true, declaration, confirmation: { method: 'signature' } }));
    expect(res.statusCode, res.body).toBe(201);
    const d = await detail(codeOf(res));
    expect(d.declaration.assisted).toBe(true);
    expect(d.declaration.values).toHaveLength(declaration.length);
    for (const v of d.declaration.values) {
      expect(v.enteredBy).toMatchObject({ kind: 'officer', name: expect.any(String) as string });
    }
    expect(d.declaration.values[4]).toMatchObject({ label: 'Họ, chữ đệm, tên của trẻ', value: 'Lê Minh An' });
    expect(d.declaration.confirmation?.method).toBe('signature');
  });

  it('refuses an assisted intake without the citizen’s confirmation or with required fields missing', async () => {
    const noConfirm = await receive(birth({ assisted: true, declaration }));
    expect(noConfirm.statusCode).toBe(400);
    expect(noConfirm.json<Failure>().error.fields?.map((f) => f.field)).toContain('confirmation');
    const incomplete = await receive(
      birth({
        assisted: true,
        declaration: declaration.filter((v) => v.key !== 'childName'),
        confirmation: { method: 'fingerprint' },
      }),
    );
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json<Failure>().error.fields?.map((f) => f.field)).toEqual(['declaration.childName']);
    // Required for the answers given: an authorised requester must name the authorisation.
    const authorised = await receive(
      birth({
        assisted: true,
        declaration: declaration.map((v) =>
          v.key === 'requesterIdNumber' ? { ...v, value: '0381950123' } : v,
        ),
        confirmation: { method: 'fingerprint' },
        answers: { uy_quyen: 'yes' },
      }),
    );
    expect(authorised.statusCode).toBe(400);
    expect(authorised.json<Failure>().error.fields).toEqual([
      {
        field: 'declaration[1].value',
        message:
          'Số định danh cá nhân của người yêu cầu: số định danh cá nhân gồm 12 chữ số, 3 số đầu là mã tỉnh nơi đăng ký khai sinh.',
      },
      {
        field: 'declaration.authorisation',
        message: 'Cần khai "Văn bản ủy quyền (số, ngày, nơi chứng thực)".',
      },
    ]);
    const badDate = await receive(
      birth({
        assisted: true,
        declaration: declaration.map((v) => (v.key === 'childBirthDate' ? { ...v, value: '2026-11-02' } : v)),
        confirmation: { method: 'fingerprint' },
      }),
    );
    expect(badDate.json<Failure>().error.fields?.map((f) => f.field)).toEqual(['declaration[6].value']);
  });

  it('confirms with a one-time code sent by SMS: a wrong code counts, the right one is used once', async () => {
    const phone = '0987 111 222';
    const sent = await sendOtp(phone);
    expect(sent.statusCode, sent.body).toBe(201);
    const { otpId, phoneMasked } = sent.json<{ otpId: string; phoneMasked: string }>();
    expect(phoneMasked).toBe('09xxxxx222');
    const code = await codeSentTo('+84987111222');
    const applicant = { name: 'Trần Văn Bình', phone, idNumber: '038090012345' };
    const wrongCode = code === '000000' ? '111111' : '000000';
    const dossierCount = async () =>
      (
        await ctx.t.database.db
          .selectFrom('dossiers')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n;
    const before = await dossierCount();
    const wrong = await receive(
      birth({
        applicant,
        assisted: true,
        declaration,
        confirmation: { method: 'otp', otpId, code: wrongCode },
      }),
    );
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json<Failure>().error.code).toBe('OTP_WRONG');
    const attempts = await ctx.t.database.db
      .selectFrom('one_time_codes')
      .select(['attempts', 'used_at'])
      .where('id', '=', otpId)
      .executeTakeFirstOrThrow();
    expect(attempts).toEqual({ attempts: 1, used_at: null });
    // The code is checked in the receipt's transaction: the wrong one wrote nothing else.
    expect(await dossierCount()).toBe(before);

    const ok = await receive(
      birth({ applicant, assisted: true, declaration, confirmation: { method: 'otp', otpId, code } }),
    );
    expect(ok.statusCode, ok.body).toBe(201);
    const d = await detail(codeOf(ok));
    expect(d.declaration.confirmation).toMatchObject({ method: 'otp', phoneMasked: '09xxxxx222' });

    const again = await receive(
      birth({ applicant, assisted: true, declaration, confirmation: { method: 'otp', otpId, code } }),
    );
    expect(again.statusCode).toBe(409);
    expect(again.json<Failure>().error.code).toBe('OTP_USED');
  });

  it('refuses a code sent to another phone than the applicant’s', async () => {
    const sent = await sendOtp('0987 333 444');
    const { otpId } = sent.json<{ otpId: string }>();
    const code = await codeSentTo('+84987333444');
    const res = await receive(
      birth({ assisted: true, declaration, confirmation: { method: 'otp', otpId, code } }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json<Failure>().error.code).toBe('OTP_NOT_FOUND');
  });

  it('sends at most 3 codes to one phone in 10 minutes', async () => {
    for (let i = 0; i < 3; i++) expect((await sendOtp('0912 000 777')).statusCode).toBe(201);
    const fourth = await sendOtp('0912 000 777');
    expect(fourth.statusCode).toBe(429);
    expect(fourth.json<Failure>().error.code).toBe('OTP_TOO_MANY');
  });

  it('lets only reception officers send codes, and only with a session', async () => {
    const anonymous = await ctx.t.app.inject({
      method: 'POST',
      url: '/api/dossiers/otp',
      payload: { phone: '0912345678' },
    });
    expect(anonymous.statusCode).toBe(401);
    expect((await sendOtp('0912345678', 'chuyenvien.dongtien')).statusCode).toBe(403);
    const bad = await sendOtp('12345');
    expect(bad.statusCode).toBe(400);
    expect(bad.json<Failure>().error.fields?.[0]?.field).toBe('phone');
  });
});

describe('fees, organisations and who took the result', () => {
  it('stores a fee paid before and an organisation; names bad fee and tax code fields', async () => {
    const res = await receive(
      birth({
        fee: { timing: 'before', amount: 8000 },
        organisation: { name: 'Công ty TNHH Đông Tiến', taxCode: '2800123456' },
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const d = await detail(codeOf(res));
    expect(d.fee).toEqual({ timing: 'before', amount: 8000 });
    expect(d.organisation).toEqual({ name: 'Công ty TNHH Đông Tiến', taxCode: '2800123456' });
    const bad = await receive(
      birth({ fee: { timing: 'after' }, organisation: { name: 'Công ty', taxCode: '12' } }),
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json<Failure>().error.fields?.map((f) => f.field)).toEqual(['fee.amount']);
    const badTax = await receive(birth({ organisation: { name: 'Công ty', taxCode: '12' } }));
    expect(badTax.json<Failure>().error.fields?.map((f) => f.field)).toEqual(['organisation.taxCode']);
  });

  it('records who took the result: the applicant by default, an authorised person with their ID number', async () => {
    const step = async (code: string, user: string, payload: Record<string, unknown>) => {
      const version = (await detail(code)).version;
      const r = await act(code, user, { expectedVersion: version, idempotencyKey: key(), ...payload });
      expect(r.statusCode, r.body).toBe(200);
      return r.json<Acted>();
    };
    const toResultReady = async () => {
      const code = await receiveBirth();
      await step(code, 'lanhdao.dongtien', { action: 'assign' });
      await step(code, 'chuyenvien.dongtien', { action: 'appraise', note: 'Đủ điều kiện' });
      await step(code, 'lanhdao.dongtien', { action: 'approve' });
      await step(code, 'chuyenvien.dongtien', { action: 'record_result' });
      return code;
    };
    const a = await toResultReady();
    const noId = await act(a, 'tiepnhan.dongtien', {
      action: 'return_result',
      expectedVersion: (await detail(a)).version,
      idempotencyKey: key(),
      returnedTo: { name: 'Lê Văn Nam', relation: 'authorised' },
    });
    expect(noId.statusCode).toBe(400);
    expect(noId.json<Failure>().error.fields?.[0]?.field).toBe('returnedTo.idNumber');
    await step(a, 'tiepnhan.dongtien', {
      action: 'return_result',
      returnedTo: { name: 'Lê Văn Nam', relation: 'authorised', idNumber: '038 090 054 321' },
    });
    const last = (await detail(a)).history.at(-1)!;
    expect(last.data.returnedTo).toEqual({
      name: 'Lê Văn Nam',
      relation: 'authorised',
      idNumber: '038090054321',
    });

    const b = await toResultReady();
    await step(b, 'tiepnhan.dongtien', { action: 'return_result' });
    expect((await detail(b)).history.at(-1)!.data.returnedTo).toEqual({
      name: 'Lê Thị Hoa',
      relation: 'applicant',
    });
  });
});

describe('SMS notices through the outbox', () => {
  const sms = (code: string) =>
    ctx.t.database.db
      .selectFrom('notifications as n')
      .innerJoin('dossiers as d', 'd.id', 'n.dossier_id')
      .select(['n.event', 'n.body', 'n.recipient', 'n.channel'])
      .where('d.code', '=', code)
      .orderBy('n.created_at')
      .execute();

  it('tells the applicant the code and appointment at receipt, without diacritics, with the tracking link', async () => {
    const res = await receive(birth({ applicant: { name: 'Đỗ Thị Lan', phone: '0915 222 333' } }));
    const code = codeOf(res);
    const messages = await sms(code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      event: 'dossier_received',
      channel: 'sms',
      recipient: '+84915222333',
    });
    expect(messages[0]!.body).toContain(`Ho so ${code} (Dang ky khai sinh) da duoc tiep nhan`);
    expect(messages[0]!.body).toContain(`/tra-cuu?ma=${code}`);
    expect(messages[0]!.body).toMatch(/Hen tra ket qua: \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}\./);
  });

  it('lists what is missing, and sends the result-ready notice once even when the action is retried', async () => {
    const res = await receive(birth({ documents: [{ index: 0, originals: 1, copies: 0 }] }));
    const code = codeOf(res);
    expect((await sms(code)).map((m) => m.event)).toEqual(['supplement_requested']);
    expect((await sms(code))[0]!.body).toMatch(/can bo sung: .+; .+\./);

    const ok = await receiveBirth();
    const step = async (user: string, payload: Record<string, unknown>, idempotencyKey = key()) => {
      const version = (await detail(ok)).version;
      const r = await act(ok, user, { expectedVersion: version, idempotencyKey, ...payload });
      expect(r.statusCode, r.body).toBe(200);
    };
    await step('lanhdao.dongtien', { action: 'assign' });
    await step('chuyenvien.dongtien', { action: 'appraise', note: 'Đủ điều kiện' });
    await step('lanhdao.dongtien', { action: 'approve' });
    await step('chuyenvien.dongtien', { action: 'record_result' });
    const notifyKey = key();
    const version = (await detail(ok)).version;
    for (let i = 0; i < 2; i++) {
      const r = await act(ok, 'tiepnhan.dongtien', {
        action: 'notify_result',
        expectedVersion: version,
        idempotencyKey: notifyKey,
      });
      expect(r.statusCode, r.body).toBe(200);
    }
    expect((await sms(ok)).map((m) => m.event)).toEqual(['dossier_received', 'result_ready']);
  });
});
