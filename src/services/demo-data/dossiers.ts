/**
 * Demo dossiers: 35 dossiers at Đông Tiến, Đông Khê and the province centre, some with the Land
 * Registration Office or the Tax office, in every status of the lifecycle — some overdue, some due today, one
 * extended, one returned late. Each is received and moved on THROUGH the dossier services (receiveDossier,
 * submitOnline, applyAction) by the demo staff, at instants on the working days before the load date, so that
 * codes, the log, clocks and due dates are exactly what the users' own actions would have produced.
 *
 * Every receipt lies on an earlier day than the load date, so today's dossier codes still start at 0001. The
 * applicants, phone numbers and ID numbers are invented (valid in form only).
 */
import { addWorkingTime, sessionsOn, type WorkingCalendar } from '../../domain/calendar/working-time.js';
import { instantToLocal, localToInstant, MS_PER_MINUTE, localDate } from '../../domain/calendar/time-zone.js';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { getVersionInForce } from '../catalogue/versions.js';
import { loadEffectiveCalendar } from '../calendar/layers.js';
import type { ActionInput } from '../dossier/actions/inputs.js';
import { applyAction } from '../dossier/actions/apply.js';
import { receiveDossier, submitOnline, type DocumentTick } from '../dossier/intake/intake.js';
import type { ActingContext } from '../org/context.js';
import type { Trx } from '../../db/transaction.js';
import { actorOf, getStaffRecord } from '../org/queries.js';
import {
  DEMO_TRACKING_PHONE,
  DONG_TIEN,
  dongTienDossiers,
  type At,
  type DemoDossier,
} from './dossiers-data.js';
import { otherUnitDossiers } from './dossiers-other-units.js';
import { unitByAgencyId } from '../org/units.js';

export { DEMO_TRACKING_PHONE };

export const demoDossiers: DemoDossier[] = [...dongTienDossiers, ...otherUnitDossiers];

const EXAMPLE_KEY = 'demo_tracking_example';

type Instant = (at: At) => number;

/** Instants on the working days before `now` (by the calendar of `cal`): [1, '08:00'] is 08:00 on the last one. */
export function demoClock(cal: WorkingCalendar, now: number): Instant {
  const today = instantToLocal(cal.timezone, now).day;
  const days: number[] = [];
  return ([back, time]) => {
    for (let day = (days.at(-1) ?? today) - 1; days.length < back; day--) {
      if (sessionsOn(cal, day).length > 0) days.push(day);
    }
    const [h, m] = time.split(':').map(Number) as [number, number];
    return localToInstant(cal.timezone, days[back - 1]!, (h * 60 + m) * MS_PER_MINUTE);
  };
}

export interface DemoDossiersResult {
  count: number;
  example: { code: string; phone: string };
}

/** Receives and processes the demo dossiers through the services, oldest receipt first. */
export async function seedDossiers(trx: Trx, now = Date.now()): Promise<DemoDossiersResult> {
  const staff = await trx.selectFrom('staff').select(['id', 'username']).execute();
  const ids = new Map(staff.map((s) => [s.username, s.id]));
  const contexts = new Map<string, ActingContext>();
  const as = async (username: string): Promise<ActingContext> => {
    let ctx = contexts.get(username);
    if (!ctx) {
      const id = ids.get(username);
      if (!id) throw new Error(`demo staff ${username} is missing`);
      ctx = { actor: actorOf(await getStaffRecord(trx, id)), requestId: 'demo-data' };
      contexts.set(username, ctx);
    }
    return ctx;
  };
  const { calendar } = await loadEffectiveCalendar(trx, await unitByAgencyId(trx, DONG_TIEN));
  const instant = demoClock(calendar, now);

  const ordered = demoDossiers.map((d, n) => ({ d, n })).sort((a, b) => instant(a.d.at) - instant(b.d.at));
  let example: DemoDossiersResult['example'] | undefined;
  for (const { d, n } of ordered) {
    const receivedAt = instant(d.at);
    const version = await getVersionInForce(trx, d.procedure, localDate(calendar.timezone, receivedAt));
    const ticks: DocumentTick[] = [];
    version.record.documents.forEach((doc, index) => {
      if (doc.case && doc.case !== d.caseName) return;
      if (d.notApplicable?.includes(index) || d.missing?.includes(index)) return;
      ticks.push({ index, originals: doc.originals, copies: doc.copies });
    });
    const [name, phone, idNumber, address] = d.applicant;
    const applicant = { name, phone, idNumber, address };
    const key = (step: number) => `demo-${n}-${step}`;
    let code: string;
    let version_: number;
    if (d.by === 'online') {
      const summary = await submitOnline(
        trx,
        {
          procedureCode: d.procedure,
          unit: d.unit,
          caseName: d.caseName,
          applicant,
          documents: ticks,
          idempotencyKey: key(0),
        },
        { now: receivedAt, requestId: 'demo-data' },
      );
      code = summary.code;
      version_ = summary.version;
    } else {
      const result = await receiveDossier(
        trx,
        await as(d.by),
        {
          procedureCode: d.procedure,
          unit: d.unit,
          caseName: d.caseName,
          channel: d.channel ?? 'desk',
          applicant,
          documents: ticks,
          notApplicable: d.notApplicable,
          refusalReasons: d.refusal,
          idempotencyKey: key(0),
        },
        { now: receivedAt },
      );
      code = result.dossier.code;
      version_ = result.dossier.version;
    }
    for (const [i, step] of (d.steps ?? []).entries()) {
      const at = instant(step.at);
      const input: ActionInput = {
        action: step.action,
        expectedVersion: version_,
        idempotencyKey: key(i + 1),
        note: step.note,
        toUnit: step.to,
        assigneeId: step.assignee ? ids.get(step.assignee) : undefined,
      };
      if (step.brought) {
        input.documents = step.brought.map((index) => {
          const doc = version.record.documents[index]!;
          return { index, originals: doc.originals, copies: doc.copies };
        });
      }
      if (step.action === 'return_result' && d.channel !== 'post') {
        // Handed to the applicant in person (assigned this way so it also compiles where the field is optional).
        Object.assign(input, { returnedTo: { name, relation: 'applicant' } });
      }
      if (step.extendDays) {
        const row = await trx
          .selectFrom('dossiers')
          .select('due_at')
          .where('code', '=', code)
          .executeTakeFirstOrThrow();
        const due = row.due_at!.getTime();
        input.newDue = new Date(
          addWorkingTime(calendar, due, step.extendDays * calendar.dayLength),
        ).toISOString();
      }
      const acted = await applyAction(trx, await as(step.by), code, input, { now: at });
      version_ = acted.dossier.version;
    }
    if (d.example) example = { code, phone: DEMO_TRACKING_PHONE };
  }
  if (!example) throw new Error('the demo tracking example is missing');
  await trx
    .insertInto('app_meta')
    .values({ key: EXAMPLE_KEY, value: JSON.stringify(example) })
    .execute();
  return { count: demoDossiers.length, example };
}

/** The dossier README.md asks to track (code and phone), when the demo data holds it. */
export async function demoTrackingExample(
  db: Kysely<Database>,
): Promise<{ code: string; phone: string } | undefined> {
  const row = await db
    .selectFrom('app_meta')
    .select('value')
    .where('key', '=', EXAMPLE_KEY)
    .executeTakeFirst();
  return row ? (row.value as { code: string; phone: string }) : undefined;
}
