/**
 * The fee area: what a procedure costs per channel on a day (public), and the province administrator's fee
 * policies (/api/admin/fees/policies: list, add, correct, end; audited).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  FeeAssessment,
  FeePolicy,
  FeePolicyList,
  FeesParams,
  FeesQuery,
  PolicyBody,
  PolicyCorrectBody,
  PolicyEndBody,
  PolicyParams,
} from '../../contracts/fees.js';
import { runCommand } from '../../db/transaction.js';
import { procedureFees } from '../../services/fees/assess.js';
import { addPolicy, correctPolicy, endPolicy, listPolicies } from '../../services/fees/policies.js';
import { actingContext, requireActor } from '../shared/guard.js';
import { publicRoutes, replies, staffCreated, staffReplies, staffRoutes } from '../shared/routes.js';

const tags = ['fees'];
const publicRoute = publicRoutes(tags, { max: 1200, timeWindow: '1 minute' });
const staff = staffRoutes(tags);

export const feeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps.database;

  app.get(
    '/procedures/:code/fees',
    publicRoute("A procedure's fees on a channel on a day (default today): base, policies applied, payable", {
      params: FeesParams,
      querystring: FeesQuery,
      response: replies(FeeAssessment, 400, 404),
    }),
    async (request) => procedureFees(db, request.params.code, request.query.channel, request.query.at),
  );

  app.get(
    '/admin/fees/policies',
    staff('Every fee policy, with its state today (province administrators)', {
      response: staffReplies(FeePolicyList),
    }),
    async (request) => listPolicies(db, requireActor(request)),
  );

  app.post(
    '/admin/fees/policies',
    staff('Add a fee policy from today or later; refused if it overlaps one of the same scope; audited', {
      body: PolicyBody,
      response: staffCreated(FeePolicy, 409),
    }),
    async (request, reply) =>
      reply.status(201).send(await runCommand(db, addPolicy, actingContext(request), request.body)),
  );

  app.put(
    '/admin/fees/policies/:id',
    staff('Correct a fee policy: wholly while planned, only its wording and end once started; audited', {
      params: PolicyParams,
      body: PolicyCorrectBody,
      response: staffReplies(FeePolicy, 404, 409),
    }),
    async (request) => runCommand(db, correctPolicy, actingContext(request), request.params.id, request.body),
  );

  app.post(
    '/admin/fees/policies/:id/end',
    staff("Set a fee policy's last day (today or later); audited", {
      params: PolicyParams,
      body: PolicyEndBody,
      response: staffReplies(FeePolicy, 404, 409),
    }),
    async (request) => runCommand(db, endPolicy, actingContext(request), request.params.id, request.body),
  );
};
