/**
 * Office hours the calendar tests, the `motcua due` tests and the deadline benchmark share: 07:00–11:30 and
 * 13:30–17:00, closing at 16:30 in the winter season (1 October to 31 March). Spread it into a calendar file.
 */
export const officeHoursWithWinter = {
  sessions: [
    ['07:00', '11:30'],
    ['13:30', '17:00'],
  ],
  seasons: [
    {
      from: '10-01',
      to: '03-31',
      sessions: [
        ['07:00', '11:30'],
        ['13:30', '16:30'],
      ],
    },
  ],
};
