import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  createStaff,
  getStaff,
  listStaff,
  resetStaffPassword,
  updateStaff,
} from '../../services/org/staff.js';
import { listSecurityAlerts } from '../../services/auth/security-alerts.js';
import { actingContext, requireActor } from '../shared/guard.js';
import {
  IdParams,
  PasswordReset,
  SecurityAlertList,
  Staff,
  StaffCreateBody,
  StaffCreated,
  StaffList,
  StaffPatchBody,
  StaffQuery,
} from '../../contracts/org.js';
import { staffCreated, staffReplies } from '../shared/routes.js';
import { orgRoute } from './route-options.js';
import { runCommand } from '../../db/transaction.js';

export const staffRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps.database;

  app.get(
    '/staff',
    orgRoute("Staff in the actor's scope, filtered by unit, role, text (name, username, email, extension)", {
      querystring: StaffQuery,
      response: staffReplies(StaffList),
    }),
    async (request) => listStaff(db, requireActor(request), request.query),
  );

  app.get(
    '/security-alerts',
    orgRoute(
      'Bursts of failed logins on the accounts of the units whose staff the actor manages, last 7 days, newest first',
      {
        response: staffReplies(SecurityAlertList),
      },
    ),
    async (request) => listSecurityAlerts(db, requireActor(request)),
  );

  app.get(
    '/staff/:id',
    orgRoute('One staff member', {
      params: IdParams,
      response: staffReplies(Staff, 404),
    }),
    async (request) => getStaff(db, actingContext(request), request.params.id),
  );

  app.post(
    '/staff',
    orgRoute('Create a staff account with roles; answers a one-time temporary password', {
      body: StaffCreateBody,
      response: staffCreated(StaffCreated, 409),
    }),
    async (request, reply) => {
      const created = await runCommand(db, createStaff, actingContext(request), request.body);
      return reply.header('cache-control', 'no-store').status(201).send(created);
    },
  );

  app.patch(
    '/staff/:id',
    orgRoute('Update a staff account: details, home unit, roles, active, unlock', {
      params: IdParams,
      body: StaffPatchBody,
      response: staffReplies(Staff, 404),
    }),
    async (request) => runCommand(db, updateStaff, actingContext(request), request.params.id, request.body),
  );

  app.post(
    '/staff/:id/reset-password',
    orgRoute('Give the account a one-time temporary password (unlocks it, ends its sessions)', {
      params: IdParams,
      response: staffReplies(PasswordReset, 404),
    }),
    async (request, reply) => {
      const result = await runCommand(db, resetStaffPassword, actingContext(request), request.params.id);
      return reply.header('cache-control', 'no-store').send(result);
    },
  );
};
