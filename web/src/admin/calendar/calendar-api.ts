/**
 * The calendar API as the admin pages see it: units to choose from, a unit's month, a year's holiday decisions,
 * publishing a new version.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { calendarApi } from '../../../../src/contracts/calendar-api.js';
import type { PublishBody } from '../../../../src/contracts/calendar.js';
import { orgApi } from '../../../../src/contracts/org-api.js';
import { call } from '../../shared/client.js';

export type { HolidayYear, MonthDay, MonthView } from '../../../../src/contracts/calendar.js';

export const calendarKeys = {
  units: ['admin', 'units'] as const,
  month: (agencyId: string, month: string) => ['calendar', 'month', agencyId, month] as const,
  holidays: (unitId: string, year: number) => ['calendar', 'holidays', unitId, year] as const,
};

export function useCalendarUnits() {
  return useQuery({
    queryKey: calendarKeys.units,
    queryFn: async () => (await call(orgApi.units)).items,
  });
}

export function useMonth(agencyId: string | undefined, month: string) {
  return useQuery({
    queryKey: calendarKeys.month(agencyId ?? '', month),
    queryFn: () => call(calendarApi.month, { params: { agencyId: agencyId!, month } }),
    enabled: !!agencyId,
  });
}

export function useHolidayYear(unitId: string | undefined, year: number) {
  return useQuery({
    queryKey: calendarKeys.holidays(unitId ?? '', year),
    queryFn: () => call(calendarApi.holidayYear, { params: { unitId: unitId!, year } }),
    enabled: !!unitId,
  });
}

export function usePublishHolidays(unitId: string, year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PublishBody) =>
      call(calendarApi.publishHolidays, { params: { unitId, year }, body: input }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['calendar'] });
    },
  });
}
