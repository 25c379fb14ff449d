/**
 * Online, only the phone is proved: a citizen who types another person's ID number in a submission must not take over
 * that person (their phone, their name), and so must not see their dossiers or papers in "Hồ sơ của tôi" and
 * "Giấy tờ của tôi". The dossier's applicant is then the person of the citizen's own phone.
 */
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.js';
import type { Draft, MyDocuments, Submitted } from '../../contracts/citizen-submission.js';
import type { CitizenDossierList } from '../../contracts/citizen.js';
import { normalisePhone } from '../../domain/contact/contact.js';
import { DEMO_TRACKING_PHONE } from '../../services/demo-data/dossiers-data.js';
import { getAs, signInCitizen } from './citizen-test-utils.js';
import { dataDir, pdf, readyDraft, send, upload } from './submission-test-utils.js';

const t = useTestApp({ env: { DATA_DIR: dataDir() } });
const VICTIM_ID = '038195099999';

describe('an ID number typed online', () => {
  it('never takes over the person who holds it', async () => {
    const db = t.database.db;
    const victimPhone = normalisePhone(DEMO_TRACKING_PHONE)!;
    const victim = await db
      .selectFrom('persons')
      .select(['id', 'full_name'])
      .where('phone', '=', victimPhone)
      .executeTakeFirstOrThrow();
    await db.updateTable('persons').set({ id_number: VICTIM_ID }).where('id', '=', victim.id).execute();
    const theirs = await db
      .selectFrom('dossiers')
      .select('code')
      .where('applicant_id', '=', victim.id)
      .execute();
    expect(theirs.length).toBeGreaterThan(0);

    const h = await signInCitizen(t, '0912 300 777');
    const draft = await readyDraft(t, h);
    const claimed = await send(t, 'PUT', `/api/citizen/drafts/${draft.id}`, h, {
      applicant: { name: 'Kẻ Mạo Danh', idNumber: VICTIM_ID, address: 'xã Đông Tiến' },
    });
    expect(claimed.json<Draft>().applicant.idNumber).toBe(VICTIM_ID);
    for (const p of [1, 2, 3]) {
      const up = await upload(
        t,
        `/api/citizen/drafts/${draft.id}/files?position=${p}`,
        h,
        `p${p}.pdf`,
        pdf(),
      );
      expect(up.statusCode, up.body).toBe(201);
    }
    const done = await send(t, 'POST', `/api/citizen/drafts/${draft.id}/submit`, h);
    expect(done.statusCode, done.body).toBe(201);
    const code = done.json<Submitted>().code;

    // The holder is as before: their phone and name.
    const after = await db
      .selectFrom('persons')
      .select(['phone', 'full_name'])
      .where('id', '=', victim.id)
      .executeTakeFirstOrThrow();
    expect(after).toEqual({ phone: victimPhone, full_name: victim.full_name });
    // The new dossier's applicant is the person of the citizen's phone, without the claimed number.
    const applicant = await db
      .selectFrom('dossiers as d')
      .innerJoin('persons as p', 'p.id', 'd.applicant_id')
      .select(['p.id', 'p.phone', 'p.id_number'])
      .where('d.code', '=', code)
      .executeTakeFirstOrThrow();
    expect(applicant.id).not.toBe(victim.id);
    expect(applicant).toMatchObject({ phone: normalisePhone('0912 300 777'), id_number: null });

    const mine = (await getAs(t, '/api/citizen/dossiers', h)).json<CitizenDossierList>();
    expect(mine.items.map((d) => d.code)).toEqual([code]);
    const papers = (await getAs(t, '/api/citizen/documents', h)).json<MyDocuments>();
    expect(new Set(papers.items.map((d) => d.dossier.code))).toEqual(new Set([code]));
  });
});
