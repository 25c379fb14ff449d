/**
 * Two requests with the same idempotency key can both find no earlier entry and race to insert; the loser's
 * transaction fails on the UNIQUE constraint and is rolled back. Running it once more finds the winner's entry and
 * answers the same result, so a client's retry never sees an error for a request that succeeded.
 */
const IDEMPOTENCY_CONSTRAINT = 'dossier_actions_idempotency_key_key';

function isIdempotencyRace(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const e = err as { code?: unknown; constraint?: unknown; message?: unknown };
  return (
    e.code === '23505' &&
    (e.constraint === IDEMPOTENCY_CONSTRAINT ||
      (typeof e.message === 'string' && e.message.includes(IDEMPOTENCY_CONSTRAINT)))
  );
}

/** Runs `attempt` (a whole transaction) and, if it lost an idempotency race, once more. */
export async function retryOnIdempotencyRace<T>(attempt: () => Promise<T>): Promise<T> {
  try {
    return await attempt();
  } catch (err) {
    if (!isIdempotencyRace(err)) throw err;
    return attempt();
  }
}
