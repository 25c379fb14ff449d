import path from 'node:path';

export const TEMPLATE_DIR = path.resolve('.tmp/test-templates');

export function testDatabaseKind(): 'pglite' | 'postgresql' {
  return process.env.MOTCUA_TEST_DB === 'postgres' ? 'postgresql' : 'pglite';
}

export function templateName(demo: boolean) {
  return demo ? 'motcua_tpl_demo' : 'motcua_tpl_empty';
}

/** The TEST_DATABASE_URL with its database name replaced. */
export function pgDatabaseUrl(database: string): string {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('MOTCUA_TEST_DB=postgres needs TEST_DATABASE_URL');
  const url = new URL(base);
  url.pathname = '/' + database;
  return url.toString();
}
