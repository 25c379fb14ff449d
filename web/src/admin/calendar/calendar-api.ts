/**
 * The calendar API as the admin pages see it: units to choose from, a unit's month, a year's holiday decisions,
 * publishing a new version.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api.js';

export interface CalendarUnit {
  id: string;
  parentId: string | null;
  type: string;
  agencyId: string;
  name: string;
  depth: number;
  isSample: boolean;
}

export type DayKind = 'working' | 'weekly_rest' | 'day_off' | 'swapped_workday';

export interface MonthDay {
  date: string;
  weekday: number;
  kind: DayKind;
  working: boolean;
  reason: string | null;
  lunar: { day: number; month: number; year: number; leap: boolean; text: string };
  sessions: { start: string; end: string }[];
  workingMinutes: number;
}

export interface MonthView {
  unit: { id: string; agencyId: string; name: string };
  month: string;
  timezone: string;
  hoursPerDay: number;
  workweek: number[];
  workingDays: number;
  workingHours: number;
  days: MonthDay[];
}

export interface DayNote {
  date: string;
  reason: string | null;
}

export interface HolidayDecision {
  id: string;
  year: number;
  version: number;
  decisionNumber: string;
  decisionDate: string;
  daysOff: DayNote[];
  workdays: DayNote[];
  note: string | null;
  publishedAt: string;
  publishedBy: { id: string; name: string };
}

export interface HolidayYear {
  unit: { id: string; agencyId: string; name: string };
  year: number;
  publishable: boolean;
  current: HolidayDecision | null;
  versions: Omit<HolidayDecision, 'daysOff' | 'workdays' | 'note'>[];
  suggestions: { date: string; kind: 'holiday' | 'compensatory'; reason: string }[];
}

export interface PublishInput {
  expectedVersion: number;
  requestKey: string;
  decisionNumber: string;
  decisionDate: string;
  daysOff: DayNote[];
  workdays: DayNote[];
  note: string | null;
}

export const calendarKeys = {
  units: ['admin', 'units'] as const,
  month: (agencyId: string, month: string) => ['calendar', 'month', agencyId, month] as const,
  holidays: (unitId: string, year: number) => ['calendar', 'holidays', unitId, year] as const,
};

export function useCalendarUnits() {
  return useQuery({
    queryKey: calendarKeys.units,
    queryFn: async () => (await api<{ items: CalendarUnit[] }>('/api/admin/units')).items,
  });
}

export function useMonth(agencyId: string | undefined, month: string) {
  return useQuery({
    queryKey: calendarKeys.month(agencyId ?? '', month),
    queryFn: () => api<MonthView>(`/api/calendar/${encodeURIComponent(agencyId!)}/month/${month}`),
    enabled: !!agencyId,
  });
}

export function useHolidayYear(unitId: string | undefined, year: number) {
  return useQuery({
    queryKey: calendarKeys.holidays(unitId ?? '', year),
    queryFn: () => api<HolidayYear>(`/api/admin/calendar/units/${unitId!}/holidays/${year}`),
    enabled: !!unitId,
  });
}

export function usePublishHolidays(unitId: string, year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PublishInput) =>
      api<{ decision: HolidayDecision; replayed: boolean }>(
        `/api/admin/calendar/units/${unitId}/holidays/${year}`,
        { method: 'POST', body: input },
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['calendar'] });
    },
  });
}
