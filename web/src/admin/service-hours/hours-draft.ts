/**
 * The service-hours form's model: the admin API's types, a draft (the unit's own document with "inherit" switches
 * for the weekly sessions and seasons, and the effective date), the document it saves, and the same checks as the
 * server (src/domain/service-hours/check.ts) so the form names a problem before sending.
 */
import { checkServiceHoursDocument } from '../../../../src/domain/service-hours/check.js';
import type {
  ClosureRule,
  ExtraRule,
  SeasonRule,
  ServiceHoursDocument,
  SpecialRule,
  WeeklyRule,
} from '../../../../src/domain/service-hours/service-hours.js';
import { DomainError } from '../../../../src/domain/errors.js';
import type { AdminServiceHours } from '../../../../src/contracts/service-hours.js';

export type { ClosureRule, ExtraRule, SeasonRule, SpecialRule, WeeklyRule };
export type Rules = Required<ServiceHoursDocument>;

export type { AdminServiceHours };

export interface Draft {
  effectiveFrom: string;
  inheritWeekly: boolean;
  weekly: WeeklyRule[];
  inheritSeasons: boolean;
  seasons: SeasonRule[];
  extras: ExtraRule[];
  specials: SpecialRule[];
  closures: ClosureRule[];
}

export type Problems = { field: string; message: string }[];

export const seasonLabels: Record<string, string> = { summer: 'Mùa hè', winter: 'Mùa đông' };
export const seasonLabel = (name: string) => seasonLabels[name] ?? name;

/** A draft from a version of the unit's own (or none: everything inherited), effective from `effectiveFrom`. */
export function draftOf(
  data: AdminServiceHours,
  own: ServiceHoursDocument | undefined,
  effectiveFrom: string,
): Draft {
  return {
    effectiveFrom,
    inheritWeekly: own?.weekly === undefined && data.parent !== null,
    weekly: structuredClone(own?.weekly ?? data.inherited.weekly),
    inheritSeasons: own?.seasons === undefined && data.parent !== null,
    seasons: structuredClone(own?.seasons ?? data.inherited.seasons),
    extras: structuredClone(own?.extras ?? []),
    specials: structuredClone(own?.specials ?? []),
    closures: structuredClone(own?.closures ?? []),
  };
}

/** The document the draft saves: inherited parts left out, empty lists of the unit's own left out. */
export function documentOf(draft: Draft): ServiceHoursDocument {
  const doc: ServiceHoursDocument = {};
  if (!draft.inheritWeekly) doc.weekly = draft.weekly;
  if (!draft.inheritSeasons) doc.seasons = draft.seasons;
  if (draft.extras.length)
    doc.extras = draft.extras.map(({ label, season, ...e }) => ({
      ...e,
      ...(season ? { season } : {}),
      ...(label?.trim() ? { label: label.trim() } : {}),
    }));
  if (draft.specials.length)
    doc.specials = draft.specials.map(({ label, fields, ...s }) => ({
      ...s,
      ...(fields?.length ? { fields } : {}),
      ...(label?.trim() ? { label: label.trim() } : {}),
    }));
  if (draft.closures.length)
    doc.closures = draft.closures.map(({ reason, fields, from, to, ...c }) => ({
      ...c,
      ...(from || to ? { from: from ?? '', to: to ?? '' } : {}),
      ...(fields?.length ? { fields } : {}),
      ...(reason?.trim() ? { reason: reason.trim() } : {}),
    }));
  return doc;
}

/** The problems the server would name, found in the browser; empty when the draft can be sent. */
export function checkDraft(draft: Draft, data: AdminServiceHours): Problems {
  const problems: Problems = [];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.effectiveFrom)) {
    problems.push({ field: 'effectiveFrom', message: 'Vui lòng chọn ngày áp dụng.' });
  } else if (draft.effectiveFrom < data.today) {
    problems.push({
      field: 'effectiveFrom',
      message: 'Ngày áp dụng không được trước hôm nay: giờ phục vụ đã áp dụng không sửa lại được.',
    });
  }
  const seasons = (draft.inheritSeasons ? data.inherited.seasons : draft.seasons).map((s) => s.name);
  try {
    checkServiceHoursDocument(documentOf(draft), {
      seasons,
      fields: new Set(data.fields.map((f) => f.code)),
      ...(problems.length ? {} : { effectiveFrom: draft.effectiveFrom }),
    });
  } catch (e) {
    if (e instanceof DomainError) problems.push(...(e.details?.fields ?? []));
    else throw e;
  }
  return problems;
}

/** The messages of the problems at a path (the path itself, or anything under it when `under`). */
export function problemsAt(problems: Problems, path: string, under = false): string[] {
  return problems
    .filter(
      (p) =>
        p.field === path || (under && (p.field.startsWith(path + '.') || p.field.startsWith(path + '['))),
    )
    .map((p) => p.message);
}

/** dd/mm/yyyy */
export const dmy = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
