import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  createStaff,
  getStaff,
  listStaff,
  resetStaffPassword,
  updateStaff,
} from '../../services/org/staff.js';
import { listSecurityAlerts } from '../../services/auth/security-alerts.js';
import { requireActor } from '../auth/guard.js';
import { ErrorResponse, staffErrors } from '../auth/schemas.js';
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
} from './schemas.js';
import { runCommand } from '../../db/transaction.js';

const tags = ['organisation'];
const security = [{ session: [] }];

export const staffRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps.database;

  app.get(
    '/staff',
    {
      schema: {
        tags,
        security,
        summary:
          "Staff in the actor's scope, filtered by unit, role, text (name, username, email, extension)",
        querystring: StaffQuery,
        response: { 200: StaffList, ...staffErrors },
      },
    },
    async (request) => listStaff(db, requireActor(request), request.query),
  );

  app.get(
    '/security-alerts',
    {
      schema: {
        tags,
        security,
        summary:
          'Bursts of failed logins on the accounts of the units whose staff the actor manages, last 7 days, newest first',
        response: { 200: SecurityAlertList, ...staffErrors },
      },
    },
    async (request) => listSecurityAlerts(db, requireActor(request)),
  );

  app.get(
    '/staff/:id',
    {
      schema: {
        tags,
        security,
        summary: 'One staff member',
        params: IdParams,
        response: { 200: Staff, ...staffErrors, 404: ErrorResponse },
      },
    },
    async (request) =>
      getStaff(db, { actor: requireActor(request), requestId: request.id }, request.params.id),
  );

  app.post(
    '/staff',
    {
      schema: {
        tags,
        security,
        summary: 'Create a staff account with roles; answers a one-time temporary password',
        body: StaffCreateBody,
        response: { 201: StaffCreated, ...staffErrors, 409: ErrorResponse },
      },
    },
    async (request, reply) => {
      const ctx = { actor: requireActor(request), requestId: request.id };
      const created = await runCommand(db, createStaff, ctx, request.body);
      return reply.header('cache-control', 'no-store').status(201).send(created);
    },
  );

  app.patch(
    '/staff/:id',
    {
      schema: {
        tags,
        security,
        summary: 'Update a staff account: details, home unit, roles, active, unlock',
        params: IdParams,
        body: StaffPatchBody,
        response: { 200: Staff, ...staffErrors, 404: ErrorResponse },
      },
    },
    async (request) => {
      const ctx = { actor: requireActor(request), requestId: request.id };
      return runCommand(db, updateStaff, ctx, request.params.id, request.body);
    },
  );

  app.post(
    '/staff/:id/reset-password',
    {
      schema: {
        tags,
        security,
        summary: 'Give the account a one-time temporary password (unlocks it, ends its sessions)',
        params: IdParams,
        response: { 200: PasswordReset, ...staffErrors, 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      const ctx = { actor: requireActor(request), requestId: request.id };
      const result = await runCommand(db, resetStaffPassword, ctx, request.params.id);
      return reply.header('cache-control', 'no-store').send(result);
    },
  );
};
