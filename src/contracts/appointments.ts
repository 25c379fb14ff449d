/**
 * Schemas of the appointment endpoints: the public ones (options, slots, booking, look-up, move, cancel), the desk
 * list and check-in, and a unit's settings per field.
 */
import { Type, type Static, type TSchema } from 'typebox';
import { SLOT_LIMITS } from '../domain/appointments/slots.js';
import { Answers } from './answers.js';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Ref = Type.Object({ agencyId: Type.String(), name: Type.String() });
const Field = Type.Object({ code: Type.String(), name: Type.String() });
const DateText = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD (local)' });
const TimeText = Type.String({ pattern: '^\\d{2}:\\d{2}$', description: 'HH:MM (local)' });
const Phone = Type.String({ minLength: 1, maxLength: 30, description: 'Mobile number, 0xxxxxxxxx or +84…' });
const Code = Type.String({ minLength: 1, maxLength: 20, description: 'Booking code, e.g. K7M2-QX9P' });

export const CodeParams = Type.Object({ code: Code });
export const AgencyParams = Type.Object({ agencyId: Type.String({ minLength: 1, maxLength: 40 }) });
export const FieldParams = Type.Object({
  agencyId: Type.String({ minLength: 1, maxLength: 40 }),
  field: Type.String({ pattern: '^[A-Z0-9_]{1,16}$' }),
});

export const OptionsQuery = Type.Object(
  { procedure: Type.String({ minLength: 1, maxLength: 40 }) },
  { additionalProperties: false },
);
export const Options = Type.Object({
  procedure: Type.Object({ code: Type.String(), name: Type.String(), field: Field }),
  units: Type.Array(Ref),
});
export type Options = Static<typeof Options>;

export const SlotsQuery = Type.Object(
  {
    unit: Type.String({ minLength: 1, maxLength: 40 }),
    field: Type.String({ pattern: '^[A-Za-z0-9_]{1,16}$' }),
    from: Type.Optional(DateText),
    days: Type.Optional(Type.Integer({ minimum: 1, maximum: 14, default: 7 })),
  },
  { additionalProperties: false },
);
export type SlotsQuery = Static<typeof SlotsQuery>;

export const OfferedSlot = Type.Object({
  date: Type.String(),
  start: Type.String(),
  end: Type.String(),
  startsAt: Type.String(),
  kind: Type.Union([Type.Literal('regular'), Type.Literal('extra'), Type.Literal('special')]),
  label: Nullable(Type.String()),
  placesLeft: Type.Integer(),
});
export type OfferedSlot = Static<typeof OfferedSlot>;
/** A date offered: noAppointment on the unit's same-day weekdays, closed (why) when the desk is shut all day. */
export const OfferedDay = Type.Object({
  date: Type.String(),
  weekday: Type.Integer(),
  noAppointment: Type.Boolean(),
  closed: Nullable(Type.String()),
  slots: Type.Array(OfferedSlot),
});
export type OfferedDay = Static<typeof OfferedDay>;
export const Availability = Type.Object({
  unit: Ref,
  field: Field,
  timezone: Type.String(),
  today: Type.String(),
  lastDate: Type.String(),
  settings: Type.Object({ slotMinutes: Type.Integer(), capacity: Type.Integer() }),
  days: Type.Array(OfferedDay),
});
export type Availability = Static<typeof Availability>;

export const BookingBody = Type.Object(
  {
    unit: Type.String({ minLength: 1, maxLength: 40, description: 'Agency id of the unit' }),
    procedure: Type.String({ minLength: 1, maxLength: 40, description: 'Procedure code' }),
    date: DateText,
    start: TimeText,
    fullName: Type.String({ minLength: 1, maxLength: 200 }),
    phone: Phone,
    answers: Type.Optional(Answers),
  },
  { additionalProperties: false },
);
export type BookingBody = Static<typeof BookingBody>;

export const LookupBody = Type.Object({ code: Code, phone: Phone }, { additionalProperties: false });
export const CancelBody = Type.Object({ phone: Phone }, { additionalProperties: false });
export const RescheduleBody = Type.Object(
  { phone: Phone, date: DateText, start: TimeText },
  { additionalProperties: false },
);

export const Appointment = Type.Object({
  code: Type.String(),
  displayCode: Type.String(),
  status: Type.Union([Type.Literal('booked'), Type.Literal('cancelled'), Type.Literal('arrived')]),
  unit: Ref,
  field: Field,
  procedure: Type.Object({ code: Type.String(), name: Type.String() }),
  date: Type.String(),
  start: Type.String(),
  end: Type.String(),
  startsAt: Type.String(),
  fullName: Type.String(),
  phoneEnding: Type.String(),
  reschedules: Type.Integer(),
  arrivedAt: Nullable(Type.String()),
  ticketId: Nullable(Type.String()),
  answers: Answers,
});
export type Appointment = Static<typeof Appointment>;

export const DeskQuery = Type.Object(
  { unit: Type.String({ minLength: 1, maxLength: 40 }), date: Type.Optional(DateText) },
  { additionalProperties: false },
);
export const DeskDay = Type.Object({
  unit: Ref,
  date: Type.String(),
  slots: Type.Array(
    Type.Object({
      start: Type.String(),
      end: Type.String(),
      field: Field,
      appointments: Type.Array(Appointment),
    }),
  ),
});
export const CheckInResult = Type.Object({
  appointment: Appointment,
  ticket: Nullable(Type.Object({ id: Type.String(), number: Type.String() })),
});

const FieldSettings = Type.Object({
  field: Field,
  own: Type.Boolean(),
  slotMinutes: Type.Integer(),
  capacity: Type.Integer(),
  daysAhead: Type.Integer(),
});
export const AdminSettings = Type.Object({ unit: Ref, fields: Type.Array(FieldSettings) });
export const SettingsBody = Type.Object(
  {
    settings: Nullable(
      Type.Object(
        {
          slotMinutes: Type.Integer({
            minimum: SLOT_LIMITS.slotMinutes.min,
            maximum: SLOT_LIMITS.slotMinutes.max,
          }),
          capacity: Type.Integer({ minimum: SLOT_LIMITS.capacity.min, maximum: SLOT_LIMITS.capacity.max }),
          daysAhead: Type.Integer({ minimum: SLOT_LIMITS.daysAhead.min, maximum: SLOT_LIMITS.daysAhead.max }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false, description: 'null: back to the default' },
);
export type SettingsBody = Static<typeof SettingsBody>;
