import { Type } from 'typebox';
import { sql } from 'kysely';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { replies } from '../shared/routes.js';

const Health = Type.Object({
  status: Type.Literal('ok'),
  database: Type.Union([Type.Literal('pglite'), Type.Literal('postgresql')]),
  version: Type.String(),
  time: Type.String({ format: 'date-time' }),
});

export const systemRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/health',
    { schema: { tags: ['system'], summary: 'Liveness and database check', response: replies(Health) } },
    async () => {
      const { database } = app.deps;
      await sql`select 1`.execute(database.db);
      return {
        status: 'ok' as const,
        database: database.kind,
        version: '0.1.0',
        time: new Date().toISOString(),
      };
    },
  );
};
