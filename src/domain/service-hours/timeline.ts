/**
 * Service hours over time and down the unit tree. Each unit keeps versions of its own document, each in force from
 * an effective date (like the working calendar's and the catalogue's versions): the version of a unit on a date is
 * the latest whose `effectiveFrom` is on or before it, and a later version never changes an earlier date.
 *
 * Along a unit's path (root first, the unit last), the versions in force on a date are merged:
 *   - `weekly` and `seasons` are the province's defaults: inherited from the nearest unit that sets them;
 *   - `closures` add up: a closure of the province closes every desk below it, a unit adds its own;
 *   - `extras` (a 9th hour) and `specials` (a volunteer Saturday) are a unit's own initiatives: never inherited, so
 *     Đông Khê's 9th hour is Đông Khê's and neither the provincial centre nor another commune has it.
 */
import { findEpochDay, formatEpochDay } from '../calendar/civil-date.js';
import {
  EMPTY_RULES,
  type RulesChange,
  type ServiceHoursDocument,
  type ServiceHoursKey,
  type ServiceHoursRules,
} from './service-hours.js';

/** One version of a unit's own document. */
export interface DatedDocument {
  /** YYYY-MM-DD, the first local date it is in force. */
  effectiveFrom: string;
  document: ServiceHoursDocument;
}

/** Keys a unit below inherits from the nearest unit that sets them. */
export const INHERITED_KEYS: readonly ServiceHoursKey[] = ['weekly', 'seasons'];
/** Keys that are the unit's own only. */
export const OWN_KEYS: readonly ServiceHoursKey[] = ['extras', 'specials'];

/** The version of one unit in force on a date (YYYY-MM-DD), if any. */
export function versionOn<T extends DatedDocument>(versions: readonly T[], date: string): T | undefined {
  let found: T | undefined;
  for (const v of versions) {
    if (v.effectiveFrom <= date && (!found || v.effectiveFrom > found.effectiveFrom)) found = v;
  }
  return found;
}

/**
 * Merges the documents along a unit's path (root first, the unit last) by the rules above. `from` names the layer
 * each key comes from (for closures, the nearest layer that adds any); -1 when none sets it.
 */
export function inheritDocuments(layers: readonly (ServiceHoursDocument | null | undefined)[]): {
  document: ServiceHoursRules;
  from: Record<ServiceHoursKey, number>;
} {
  const document: ServiceHoursRules = { ...EMPTY_RULES, closures: [] };
  const from = { weekly: -1, seasons: -1, extras: -1, specials: -1, closures: -1 };
  const last = layers.length - 1;
  layers.forEach((layer, i) => {
    if (!layer) return;
    for (const key of INHERITED_KEYS) {
      if (layer[key] === undefined) continue;
      (document as Record<ServiceHoursKey, unknown>)[key] = layer[key];
      from[key] = i;
    }
    if (layer.closures?.length) {
      document.closures = [...document.closures, ...layer.closures];
      from.closures = i;
    }
    if (i === last) {
      for (const key of OWN_KEYS) {
        if (layer[key] === undefined) continue;
        (document as Record<ServiceHoursKey, unknown>)[key] = layer[key];
        from[key] = i;
      }
    }
  });
  return { document, from };
}

/** Every date on which the merged rules may change: the effective dates of every layer's versions, ascending. */
function changeDates(layers: readonly (readonly DatedDocument[])[]): string[] {
  return [...new Set(layers.flatMap((l) => l.map((v) => v.effectiveFrom)))].sort();
}

/** The merged rules on a date (YYYY-MM-DD) and the layer each key comes from. */
export function mergedOn(layers: readonly (readonly DatedDocument[])[], date: string) {
  return inheritDocuments(layers.map((versions) => versionOn(versions, date)?.document));
}

/**
 * The merged rules over time: the rules before any version (none), then one change per effective date of any
 * layer. Feeds `ServiceHours.changes`.
 */
export function composeTimeline(layers: readonly (readonly DatedDocument[])[]): RulesChange[] {
  return changeDates(layers).map((date) => ({
    from: findEpochDay(date)!,
    rules: mergedOn(layers, date).document,
  }));
}

/** The effective date of the latest version of any layer on or before the epoch day; null before every version. */
export function inForceSince(layers: readonly (readonly DatedDocument[])[], day: number): string | null {
  const date = formatEpochDay(day);
  return (
    changeDates(layers)
      .filter((d) => d <= date)
      .at(-1) ?? null
  );
}

/** The first effective date of any layer after the epoch day; null when nothing is planned. */
export function nextChangeAfter(layers: readonly (readonly DatedDocument[])[], day: number): string | null {
  const date = formatEpochDay(day);
  return changeDates(layers).find((d) => d > date) ?? null;
}
