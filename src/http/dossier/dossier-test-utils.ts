/**
 * Shared set-up of the dossier integration tests: an app on the demo data, logged-in demo users, and helpers to
 * receive a birth registration and to act on a dossier.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Static } from 'typebox';
import { openTestApp, type TestApp } from '../../../test/app.js';
import { loginAs, type LoggedIn } from '../../../test/auth.js';
import { todayInVietnam } from '../../domain/catalogue/dates.js';
import type { ActionResult, DossierDetail, IntakeResult } from '../../contracts/dossier.js';

export type Intake = Static<typeof IntakeResult>;
export type Detail = Static<typeof DossierDetail>;
export type Acted = Static<typeof ActionResult>;
export interface Failure {
  error: { code: string; message: string; fields?: { field: string }[]; allowed?: string[] };
}

export const users = [
  'tiepnhan.dongtien',
  'chuyenvien.dongtien',
  'lanhdao.dongtien',
  'admin.dongkhe',
  'tiepnhan.trungtam',
  'chuyenvien.thue',
];

export const BIRTH = '1.001193';
/** Today in Vietnam as YYMMDD, as in dossier codes. */
export const today = () => todayInVietnam().replace(/^..(..)-(..)-(..)$/, '$1$2$3');
let keyNo = 0;
export const key = () => `test-key-${Date.now()}-${++keyNo}`;
/** The body of an action on a dossier at the version the officer saw, with a fresh idempotency key. */
export const step = (action: string, expectedVersion: number, extra: Record<string, unknown> = {}) => ({
  action,
  expectedVersion,
  idempotencyKey: key(),
  ...extra,
});

/** A complete birth registration: the declaration and birth certificate submitted, ID and residence shown. */
export const birth = (extra: Record<string, unknown> = {}) => ({
  procedureCode: BIRTH,
  applicant: { name: 'Lê Thị Hoa', phone: '091 234 5678', idNumber: '038195012345' },
  documents: [
    { index: 0, originals: 1, copies: 0 },
    { index: 1, originals: 1, copies: 0 },
    { index: 2, originals: 1, copies: 0 },
    { index: 3, originals: 1, copies: 0 },
  ],
  notApplicable: [4, 5, 6, 7],
  ...extra,
});
/** The document states of a complete birth registration: four papers received, four that do not apply. */
export const birthDocumentStates = [
  ...Array<string>(4).fill('received'),
  ...Array<string>(4).fill('not_applicable'),
];

/** The dossier code in an intake reply. */
export const codeOf = (res: { json: <T>() => T }) => res.json<Intake>().dossier.code;

/** Opens the app before the file's tests and closes it after; returns the helpers. */
export function useDossierApp() {
  const ctx = { t: undefined as unknown as TestApp, as: {} as Record<string, LoggedIn> };
  beforeAll(async () => {
    ctx.t = await openTestApp({ demo: true });
    for (const u of users) ctx.as[u] = await loginAs(ctx.t.app, u);
  });
  afterAll(() => ctx.t.close());

  const receive = (payload: Record<string, unknown>, user = 'tiepnhan.dongtien') =>
    ctx.t.app.inject({ method: 'POST', url: '/api/dossiers', ...ctx.as[user], payload });
  /** Receives a complete birth registration at Đông Tiến and gives its code. */
  const receiveBirth = async () => codeOf(await receive(birth()));
  const act = (code: string, user: string, payload: Record<string, unknown>) =>
    ctx.t.app.inject({ method: 'POST', url: `/api/dossiers/${code}/actions`, ...ctx.as[user], payload });
  const historyOf = (code: string) =>
    ctx.t.database.db
      .selectFrom('dossier_actions as a')
      .innerJoin('dossiers as d', 'd.id', 'a.dossier_id')
      .select(['a.seq', 'a.action', 'a.actor_name', 'a.data'])
      .where('d.code', '=', code)
      .orderBy('a.seq')
      .execute();
  return { ctx, receive, receiveBirth, act, historyOf };
}
