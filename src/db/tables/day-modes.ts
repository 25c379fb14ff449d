import type { DayMode } from '../../domain/dossier/day-modes.js';
import type { Timestamp } from './core.js';

export interface UnitDayModesTable {
  unit_id: string;
  mode: DayMode;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  weekdays: number[];
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface UnitSameDayProceduresTable {
  unit_id: string;
  procedure_code: string;
  added_by: string | null;
  added_at: Timestamp;
}

export interface DayModeTables {
  unit_day_modes: UnitDayModesTable;
  unit_same_day_procedures: UnitSameDayProceduresTable;
}
