/**
 * Desk intake on PostgreSQL: `BENCH_DATABASE_URL=postgres://… npx tsx bench/dossier-intake.ts [--duration 10]`.
 *
 * A fresh database (migrated, demo data) on the server, dropped at the end; the real application in production
 * configuration; the demo reception officer tiepnhan.dongtien, logged in, receives complete birth registrations
 * through POST /api/dossiers, each with its own applicant (CCCD, phone) and idempotency key — at one agency (every
 * receipt takes the same daily counter row, the worst case) and at eight units in turn (the officer is given the
 * reception role there for the run). The ceiling: a bare Fastify route on the same connection pool writing what a
 * receipt writes — the counter, the person, the dossier, its 7 documents, the first log entry and the audit row — in
 * one transaction, with no reads or checks (and without the citizen's notice and its day count, which the
 * application also writes in the receipt's transaction). Prints dossiers per second, p50 and p99, and the ratio to the ceiling.
 */
import Fastify from 'fastify';
import { sql } from 'kysely';
import {
  arg,
  intakeBody,
  freshDatabase,
  header,
  load,
  login,
  serverVersion,
  startApp,
  table,
  type Figures,
} from './pg-bench.js';

const DONG_TIEN = 'H56.10.01';

async function main() {
  const duration = Number(arg('--duration') ?? 10);
  const bench = await freshDatabase();
  const { db } = bench.database;
  try {
    // The officer receives at every unit but the province and the one the ceiling writes to.
    const units = await db
      .selectFrom('units')
      .select(['id', 'agency_id'])
      .where('type', '!=', 'province')
      .where('agency_id', '!=', 'H56.10.05')
      .execute();
    const officer = await db
      .selectFrom('staff')
      .select('id')
      .where('username', '=', 'tiepnhan.dongtien')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('staff_roles')
      .values(units.map((u) => ({ staff_id: officer.id, role: 'reception_officer' as const, unit_id: u.id })))
      .onConflict((oc) => oc.doNothing())
      .execute();
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
      const code = await db.transaction().execute(async (trx) => {
        const counter = await sql<{ last_number: number }>`
          insert into dossier_code_counters (agency_id, day, last_number) values (${ceilingUnit.agency_id}, ${day}, 1)
          on conflict (agency_id, day) do update set last_number = dossier_code_counters.last_number + 1
          returning last_number`.execute(trx);
        const number = counter.rows[0]!.last_number;
        const code = `${ceilingUnit.agency_id}-${day.slice(2).replaceAll('-', '')}-${String(number).padStart(4, '0')}`;
        const person = await trx
          .insertInto('persons')
          .values({
            full_name: body.applicant.name,
            phone: `+84${body.applicant.phone.slice(1)}`,
            id_number: `9${body.applicant.idNumber.slice(1)}`,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        const now = new Date();
        const dossier = await trx
          .insertInto('dossiers')
          .values({
            code,
            procedure_version_id: version.id,
            procedure_code: version.code,
            procedure_name: 'Đăng ký khai sinh',
            receiving_unit_id: ceilingUnit.id,
            handling_unit_id: ceilingUnit.id,
            applicant_id: person.id,
            channel: 'desk',
            status: 'received',
            state: JSON.stringify({ status: 'received', version: 1 }),
            version: 1,
            submitted_at: now,
            received_at: now,
            due_at: now,
            declaration: JSON.stringify({}),
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx
          .insertInto('dossier_documents')
          .values(
            Array.from({ length: 7 }, (_, position) => ({
              dossier_id: dossier.id,
              position,
              name: `Giấy tờ ${position + 1}`,
              kind: 'submit' as const,
              originals_required: 1,
              copies_required: 0,
              originals: position < 4 ? 1 : 0,
              copies: 0,
              state: position < 4 ? ('received' as const) : ('not_applicable' as const),
            })),
          )
          .execute();
        await trx
          .insertInto('dossier_actions')
          .values({
            dossier_id: dossier.id,
            seq: 1,
            action: 'receive',
            status_after: 'received',
            unit_id: ceilingUnit.id,
            at: now,
            data: JSON.stringify({}),
            idempotency_key: `ceiling-${body.idempotencyKey}`,
          })
          .execute();
        await trx
          .insertInto('audit_log')
          .values({
            action: 'dossier.receive',
            entity: 'dossier',
            entity_id: code,
            request_id: request.id,
            data: '{}',
          })
          .execute();
        return code;
      });
      return reply.status(201).send({ code });
    });
    await bare.listen({ port: 0, host: '127.0.0.1' });
    const bareUrl = `http://127.0.0.1:${(bare.server.address() as { port: number }).port}`;
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
  } finally {
    await bench.drop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
