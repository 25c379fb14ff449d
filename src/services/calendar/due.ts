/**
 * The due instant of a time limit on a unit's effective calendar: the CLI's `motcua due` as a service.
 */
import { DomainError, invalid, type FieldIssue } from '../../domain/errors.js';
import { computeDue, type DeadlineUnit, type TimeLimit } from '../../domain/calendar/deadline.js';
import { formatInstant, parseInstant } from '../../domain/calendar/time-zone.js';
import type { Reader } from '../../db/transaction.js';
import { loadEffectiveCalendar } from './layers.js';
import { unitByAgencyId } from '../org/units.js';

export interface DueRequest {
  /** Agency id of the unit whose calendar applies. */
  unit: string;
  /** ISO 8601; without an offset, wall time in the unit's time zone. */
  received: string;
  workingDays?: number;
  workingHours?: number;
  days?: number;
  sameDay?: boolean;
  /** HH:MM, with sameDay only (default 15:00). */
  cutoff?: string;
}

export interface DueAnswer {
  due: string;
  received: string;
  timezone: string;
  unit: { agencyId: string; name: string };
  limit: { unit: DeadlineUnit; value: number | null; cutoff: string | null };
}

const LIMIT_KEYS = [
  ['workingDays', 'working_days'],
  ['workingHours', 'working_hours'],
  ['days', 'calendar_days'],
] as const;

function limitOf(request: DueRequest): { limit: TimeLimit; field: string } {
  const given: string[] = LIMIT_KEYS.filter(([key]) => request[key] !== undefined).map(([key]) => key);
  if (request.sameDay) given.push('sameDay');
  if (given.length !== 1) {
    const message = 'Cần đúng một trong workingDays, workingHours, days, sameDay.';
    const fields: FieldIssue[] = (
      given.length ? given : ['workingDays', 'workingHours', 'days', 'sameDay']
    ).map((field) => ({ field, message }));
    throw invalid('TIME_LIMIT_REQUIRED', message, fields);
  }
  const field = given[0]!;
  if (request.cutoff !== undefined && field !== 'sameDay') {
    const message = 'Giờ chốt (cutoff) chỉ dùng với sameDay.';
    throw invalid('VALIDATION_FAILED', message, [{ field: 'cutoff', message }]);
  }
  if (field === 'sameDay') return { limit: { unit: 'same_day', cutoff: request.cutoff }, field };
  const [, unit] = LIMIT_KEYS.find(([key]) => key === field)!;
  return { limit: { unit, value: request[field as 'workingDays' | 'workingHours' | 'days']! }, field };
}

/** Names the input that an error is about: the received instant, the cutoff, the amount, or the unit's calendar. */
function withField<T>(limitField: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (!(err instanceof DomainError) || err.kind !== 'invalid') throw err;
    const byCode: Record<string, string> = {
      INSTANT_INVALID: 'received',
      CUTOFF_INVALID: 'cutoff',
      TIME_LIMIT_INVALID: limitField,
    };
    const field = byCode[err.code] ?? (err.details?.fields?.length ? undefined : 'unit');
    if (!field) throw err;
    throw invalid(err.code, err.message, [{ field, message: err.message }]);
  }
}

export async function computeUnitDue(db: Reader, request: DueRequest): Promise<DueAnswer> {
  const { limit, field } = limitOf(request);
  const unit = await unitByAgencyId(db, request.unit, { field: 'unit' });
  const { definition, calendar } = await loadEffectiveCalendar(db, unit);
  const received = withField(field, () => parseInstant(request.received, definition.timezone));
  const due = withField(field, () => computeDue(calendar, received, limit));
  return {
    due: formatInstant(definition.timezone, due),
    received: formatInstant(definition.timezone, received),
    timezone: definition.timezone,
    unit: { agencyId: unit.agency_id, name: unit.name },
    limit: {
      unit: limit.unit,
      value: limit.unit === 'same_day' ? null : limit.value,
      cutoff: limit.unit === 'same_day' ? (limit.cutoff ?? '15:00') : null,
    },
  };
}
