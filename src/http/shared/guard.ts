/**
 * The contract between the session layer and every staff route.
 * The session plugin (src/http/auth/session.ts) sets `request.actor` from the session cookie, or null.
 * Staff routes call `requireActor(request)` (401 when absent) and pass the actor to services, which decide
 * unit-scoped permissions with `can()` from src/domain/org/roles.ts and throw `forbidden()` (403).
 */
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../../domain/errors.js';
import { canAnywhere, isServicePointHelper, type Actor, type Permission } from '../../domain/org/roles.js';
import type { ActingContext } from '../../services/org/context.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** A staff route a service-point helper may use (their own routes, their session); every other refuses them. */
    servicePointHelper?: boolean;
  }
}

/**
 * The signed-in actor (401 when none). A service-point helper is refused (403) on every staff route not marked
 * `config.servicePointHelper`: least privilege held in one place rather than in each service.
 */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new DomainError('unauthenticated', 'UNAUTHENTICATED', 'Vui lòng đăng nhập.');
  if (isServicePointHelper(request.actor) && request.routeOptions.config.servicePointHelper !== true) {
    throw new DomainError(
      'forbidden',
      'FORBIDDEN',
      'Tài khoản người hỗ trợ chỉ được nộp hồ sơ thay người dân tại điểm dịch vụ công.',
    );
  }
  return request.actor;
}

/** Who acts and the request it belongs to, as staff commands take them (401 when no one is signed in). */
export function actingContext(request: FastifyRequest): ActingContext {
  return { actor: requireActor(request), requestId: request.id };
}

/** Runs before body validation, so that a request without a session gets 401 whatever its body. */
export async function authenticated(request: FastifyRequest) {
  requireActor(request);
}

/** A preHandler for routes that need the permission in at least one unit; unit checks happen in services. */
export function requirePermission(permission: Permission) {
  return async (request: FastifyRequest) => {
    const actor = requireActor(request);
    if (!canAnywhere(actor, permission)) {
      throw new DomainError('forbidden', 'FORBIDDEN', 'Bạn không có quyền thực hiện thao tác này.');
    }
  };
}
