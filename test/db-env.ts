import pg from 'pg';
import { inject } from 'vitest';

export function testDatabaseKind(): 'pglite' | 'postgresql' {
  return process.env.MOTCUA_TEST_DB === 'postgres' ? 'postgresql' : 'pglite';
}

/** Template names carry a per-run suffix so that several test runs on one machine never share templates. */
export function templateName(demo: boolean, runId: string) {
  return `motcua_tpl_${runId}_${demo ? 'demo' : 'empty'}`;
}

/** The TEST_DATABASE_URL with its database name replaced. */
export function pgDatabaseUrl(database: string): string {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('MOTCUA_TEST_DB=postgres needs TEST_DATABASE_URL');
  const url = new URL(base);
  url.pathname = '/' + database;
  return url.toString();
}

/** Runs one statement on the server's maintenance database (create or drop a database or a role). */
export async function adminQuery(text: string): Promise<void> {
  const c = new pg.Client({ connectionString: pgDatabaseUrl('postgres') });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    motcuaRunId: string;
    motcuaTemplateDir: string;
  }
}

export function runContext() {
  return { runId: inject('motcuaRunId'), templateDir: inject('motcuaTemplateDir') };
}
