/**
 * The calendar routes the admin pages call (a unit's month, a year's holiday decisions, publishing a new
 * version), with their schemas as types (src/contracts/route.ts).
 */
import { get, post } from './route.js';
import type {
  DueAnswer,
  DueBody,
  HolidayParams,
  HolidayYear,
  MonthParams,
  MonthView,
  PublishAnswer,
  PublishBody,
} from './calendar.js';

export const calendarApi = {
  due: post<typeof DueAnswer, { body: typeof DueBody }>('/api/calendar/due'),
  month: get<typeof MonthView, { params: typeof MonthParams }>('/api/calendar/:agencyId/month/:month'),
  holidayYear: get<typeof HolidayYear, { params: typeof HolidayParams }>(
    '/api/admin/calendar/units/:unitId/holidays/:year',
  ),
  publishHolidays: post<typeof PublishAnswer, { params: typeof HolidayParams; body: typeof PublishBody }>(
    '/api/admin/calendar/units/:unitId/holidays/:year',
  ),
};
