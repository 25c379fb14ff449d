/**
 * Desk intake on PostgreSQL: `BENCH_DATABASE_URL=postgres://… npx tsx bench/dossier-intake.ts [--duration 10]`.
 *
 * A fresh database (migrated, demo data) on the server, dropped at the end; the real application in production
 * configuration; the demo reception officer tiepnhan.dongtien, logged in, receives complete birth registrations
 * through POST /api/dossiers, each with its own applicant (CCCD, phone) and idempotency key — at one agency (every
 * receipt takes the same daily counter row, the worst case) and at eight units in turn (the officer is given the
 * reception role there for the run). The ceiling: a bare Fastify route on the same connection pool writing what a
 * receipt writes — the counter, the person, the dossier, its 7 documents, the first log entry and the audit row — in
 * one prepared statement committed on its own (as the application does), with no session, no reads and no checks
 * (and without the citizen's notice and its day count, which the application also writes in that statement). Prints dossiers per second, p50 and p99, and the ratio to the ceiling.
 */
import Fastify from 'fastify';
import { sql } from 'kysely';
import { PREPARED_SQL } from '../src/db/prepared.js';
import {
  intakeBody,
  benchOnFreshDatabase,
  header,
  listenLocally,
  load,
  login,
  receiveAtUnits,
  serverVersion,
  startApp,
  table,
  type Figures,
} from './pg-bench.js';

const DONG_TIEN = 'H56.10.01';

benchOnFreshDatabase(async (bench, duration) => {
  const { db } = bench.database;
  // The officer receives at every unit but the province and the one the ceiling writes to.
  const units = await db
    .selectFrom('units')
    .select(['id', 'agency_id'])
    .where('type', '!=', 'province')
    .where('agency_id', '!=', 'H56.10.05')
    .execute();
  await receiveAtUnits(db, units);
  const spread = units.map((u) => u.agency_id);

  const { app, url } = await startApp(bench.database);
  const headers = await login(url, 'tiepnhan.dongtien');
  const check = await fetch(`${url}/api/dossiers`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json', 'x-forwarded-for': '10.9.9.9' },
    body: intakeBody(0, DONG_TIEN),
  });
  const first = (await check.json()) as { outcome: string; dossier: { code: string; dueAt: string } };
  if (check.status !== 201 || first.outcome !== 'receipt')
    throw new Error(`intake check: ${JSON.stringify(first)}`);

  // The ceiling: the same writes, in one transaction, on the same pool.
  const ceilingUnit = await db
    .selectFrom('units')
    .select(['id', 'agency_id'])
    .where('agency_id', '=', 'H56.10.05')
    .executeTakeFirstOrThrow();
  const version = await db
    .selectFrom('procedure_versions as v')
    .innerJoin('procedures as p', 'p.id', 'v.procedure_id')
    .select(['v.id', 'p.code'])
    .where('p.code', '=', '1.001193')
    .orderBy('v.version_no', 'desc')
    .executeTakeFirstOrThrow();
  let written = 0;
  const bare = Fastify({ logger: false });
  bare.post('/api/dossiers', async (request, reply) => {
    const body = request.body as {
      applicant: { name: string; phone: string; idNumber: string };
      idempotencyKey: string;
    };
    // A new (fictitious) day every 9,000 dossiers: the daily sequence stops at 9,999.
    const day = new Date(Date.UTC(2000, 0, 1 + Math.floor(written++ / 9000))).toISOString().slice(0, 10);
    const now = new Date();
    const prefix = `${ceilingUnit.agency_id}-${day.slice(2).replaceAll('-', '')}-`;
    // One prepared statement, committed on its own: the counter, the person, the dossier, its 7 documents, the first
    // log entry and the audit row.
    const { rows } = await sql<{ code: string }>`
        with c as (
          insert into dossier_code_counters (agency_id, day, last_number) values (${ceilingUnit.agency_id}, ${day}, 1)
          on conflict (agency_id, day) do update set last_number = dossier_code_counters.last_number + 1
          returning last_number),
        k as (select ${prefix}::text || lpad(c.last_number::text, 4, '0') as code from c),
        p as (
          insert into persons (full_name, phone, id_number)
          values (${body.applicant.name}, ${`+84${body.applicant.phone.slice(1)}`}, ${`9${body.applicant.idNumber.slice(1)}`})
          returning id),
        d as (
          insert into dossiers (code, procedure_version_id, procedure_code, procedure_name, receiving_unit_id,
            handling_unit_id, applicant_id, channel, status, state, version, submitted_at, received_at, due_at,
            declaration)
          select k.code, ${version.id}, ${version.code}, 'Đăng ký khai sinh', ${ceilingUnit.id}, ${ceilingUnit.id},
            p.id, 'desk', 'received', '{"status":"received","version":1}', 1, ${now}, ${now}, ${now}, '{}'
          from k, p
          returning id),
        docs as (
          insert into dossier_documents (dossier_id, position, name, kind, originals_required, copies_required,
            originals, copies, state)
          select d.id, g, 'Giấy tờ ' || (g + 1), 'submit', 1, 0, case when g < 4 then 1 else 0 end, 0,
            case when g < 4 then 'received' else 'not_applicable' end
          from d, generate_series(0, 6) g
          returning id),
        l as (
          insert into dossier_actions (dossier_id, seq, action, status_after, unit_id, at, data, idempotency_key)
          select d.id, 1, 'receive', 'received', ${ceilingUnit.id}, ${now}, '{}', ${`ceiling-${body.idempotencyKey}`}
          from d
          returning seq),
        au as (
          insert into audit_log (action, entity, entity_id, request_id, data)
          select 'dossier.receive', 'dossier', k.code, ${request.id}, '{}' from k
          returning id)
        select code from k${PREPARED_SQL}`.execute(db);
    const code = rows[0]!.code;
    return reply.status(201).send({ code });
  });
  const bareUrl = await listenLocally(bare);
  const bareCheck = await fetch(`${bareUrl}/api/dossiers`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: intakeBody(1, DONG_TIEN),
  });
  if (bareCheck.status !== 201) throw new Error(`ceiling check: ${await bareCheck.text()}`);

  let offset = 1_000_000;
  const next = () => (offset += 1_000_000);
  const intake = (target: string, connections: number, unitsOf: string[], overallRate?: number) =>
    load(
      {
        kind: 'intake',
        url: target,
        connections,
        duration,
        headers,
        units: unitsOf,
        offset: next(),
        ...(overallRate ? { overallRate } : {}),
      },
      db,
    );

  const runs: [string, Figures][] = [];
  // --app-only: the application's runs alone (e.g. to profile the server with --cpu-prof, without the ceiling).
  const appOnly = process.argv.includes('--app-only');
  await load({
    kind: 'intake',
    url,
    connections: 10,
    duration: 3,
    headers,
    units: spread.filter((u) => u !== DONG_TIEN),
    offset: next(),
  });
  runs.push(['app, one agency, 10 connections', await intake(url, 10, [DONG_TIEN])]);
  if (!appOnly) runs.push(['ceiling, one agency, 10 connections', await intake(bareUrl, 10, [DONG_TIEN])]);
  const others = spread.filter((u) => u !== DONG_TIEN);
  runs.push([`app, ${others.length} units in turn, 10 connections`, await intake(url, 10, others)]);
  if (!appOnly) {
    runs.push([`app, ${others.length} units in turn, 30 connections`, await intake(url, 30, others)]);
    runs.push(['ceiling, one agency, 30 connections', await intake(bareUrl, 30, [DONG_TIEN])]);
    runs.push(['app, one agency, fixed 300/s, 10 connections', await intake(url, 10, [DONG_TIEN], 300)]);
  }

  const counts = await db
    .selectFrom('dossiers')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  await bare.close();
  await app.close();

  console.log(header('dossier intake benchmark', await serverVersion(bench.database)));
  console.log(
    `checked: first receipt ${first.dossier.code}, due ${first.dossier.dueAt}; dossiers now: ${counts.n}`,
  );
  console.log(`${duration} s a run; autocannon in a child process; pool of 10 connections\n`);
  console.log(table(runs));
  for (const c of [10, 30]) {
    const a =
      runs.find(([n]) => n === `app, one agency, ${c} connections`) ??
      runs.find(([n]) => n.startsWith('app') && n.endsWith(`${c} connections`));
    const b = runs.find(([n]) => n === `ceiling, one agency, ${c} connections`);
    if (a && b)
      console.log(
        `${a[0]} / ceiling: ${((100 * a[1].rps) / b[1].rps).toFixed(0)}% of the dossiers per second`,
      );
  }
});
