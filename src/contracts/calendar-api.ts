/**
 * The calendar routes the admin pages call (a unit's month, a year's holiday decisions, publishing a new
 * version), with their schemas as types (src/contracts/route.ts).
 */
import { route } from './route.js';
import type {
  HolidayParams,
  HolidayYear,
  MonthParams,
  MonthView,
  PublishAnswer,
  PublishBody,
} from './calendar.js';

export const calendarApi = {
  month: route<{ params: typeof MonthParams; response: typeof MonthView }>(
    'GET',
    '/api/calendar/:agencyId/month/:month',
  ),
  holidayYear: route<{ params: typeof HolidayParams; response: typeof HolidayYear }>(
    'GET',
    '/api/admin/calendar/units/:unitId/holidays/:year',
  ),
  publishHolidays: route<{
    params: typeof HolidayParams;
    body: typeof PublishBody;
    response: typeof PublishAnswer;
  }>('POST', '/api/admin/calendar/units/:unitId/holidays/:year'),
};
