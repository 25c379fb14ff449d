/**
 * Idempotency keys are scoped to the person and the request (issue 13): another unit's key never returns that unit's
 * dossier, and a key reused with another body is refused, at the desk intake, online and for actions.
 */
import { describe, expect, it } from 'vitest';
import { testClientAddress } from '../../../test/auth.js';
import { birth, codeOf, key, useDossierApp, type Acted, type Failure } from './dossier-test-utils.js';
import { onlineCode } from './online-test-utils.js';

const { ctx, receive, receiveBirth, act } = useDossierApp();

const expectReused = (res: { statusCode: number; body: string; json: <T>() => T }) => {
  expect(res.statusCode, res.body).toBe(409);
  expect(res.json<Failure>().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
};

describe('idempotency keys', () => {
  it("another unit's intake key answers 409, never that unit's dossier", async () => {
    const k = key();
    const first = await receive(birth({ idempotencyKey: k }), 'tiepnhan.dongtien');
    expect(first.statusCode, first.body).toBe(201);
    const code = codeOf(first);

    // The province centre's officer replays Đông Tiến's key (with the same body, or naming Đông Tiến).
    for (const payload of [birth({ idempotencyKey: k }), birth({ idempotencyKey: k, unit: 'H56.10.01' })]) {
      const other = await receive(payload, 'tiepnhan.trungtam');
      expectReused(other);
      expect(other.body).not.toContain(code);
      expect(other.body).not.toContain('Lê Thị Hoa');
    }
    // A specialist of Đông Tiến (not a reception officer) gets no dossier either.
    expectReused(await receive(birth({ idempotencyKey: k }), 'chuyenvien.dongtien'));
  });

  it('the same key with another body is refused; the same body in another field order is a retry', async () => {
    const k = key();
    const first = await receive(birth({ idempotencyKey: k }));
    expect(first.statusCode, first.body).toBe(201);
    const changed = birth({ idempotencyKey: k, applicant: { name: 'Trần Văn Bình', phone: '0912345678' } });
    expectReused(await receive(changed));
    expectReused(await receive(birth({ idempotencyKey: k, note: 'thêm ghi chú' })));

    const { documents, applicant, ...rest } = birth({ idempotencyKey: k });
    const reordered = { documents, ...rest, applicant: { ...applicant } };
    const again = await receive(reordered);
    expect(again.statusCode, again.body).toBe(201);
    expect(codeOf(again)).toBe(codeOf(first));
  });

  it('an action key reused with another note or by another person is refused', async () => {
    const code = await receiveBirth();
    const payload = { action: 'assign', expectedVersion: 1, idempotencyKey: key() };
    expect((await act(code, 'lanhdao.dongtien', payload)).json<Acted>().replayed).toBe(false);
    expect((await act(code, 'lanhdao.dongtien', payload)).json<Acted>().replayed).toBe(true);
    expectReused(await act(code, 'lanhdao.dongtien', { ...payload, note: 'giao gấp' }));
    expectReused(await act(code, 'admin.dongkhe', payload));
  });

  it('an online submission key reused with another body is refused', async () => {
    const submit = (payload: Record<string, unknown>) =>
      ctx.t.app.inject({
        method: 'POST',
        url: '/api/dossiers/online',
        headers: { 'x-forwarded-for': testClientAddress() },
        payload,
      });
    const k = key();
    // Online submission needs the one-time code sent to the applicant's phone; a retry carries the same code.
    const verification = await onlineCode(ctx.t, '0912345678');
    const body = {
      ...birth({ idempotencyKey: k }),
      notApplicable: undefined,
      unit: 'H56.10.01',
      verification,
    };
    const first = await submit(body);
    expect(first.statusCode, first.body).toBe(201);
    const again = await submit(body);
    expect(again.statusCode, again.body).toBe(201);
    expect(again.body).toBe(first.body);
    expectReused(await submit({ ...body, applicant: { name: 'Người Khác', phone: '0987654321' } }));
  });
});
