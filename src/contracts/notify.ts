/** Schemas of the notification administration: messages, templates, citizens' preferences, unit caps. */
import { Type, type Static, type TSchema } from 'typebox';
import { notifyChannels, notifyEvents } from '../domain/notify/templates.js';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Channel = Type.Enum(notifyChannels);
export const MessageStatus = Type.Enum([
  'created',
  'sending',
  'sent',
  'delivered',
  'temporary_failure',
  'permanent_failure',
  'technical_failure',
  'cancelled',
  'dropped',
] as const);
export type MessageStatus = Static<typeof MessageStatus>;

export const MessageQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 100, description: 'Phone, email or dossier code' })),
  status: Type.Optional(MessageStatus),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
  offset: Type.Optional(Type.Integer({ minimum: 0 })),
});

export const Message = Type.Object({
  id: Type.String(),
  event: Type.String(),
  channel: Channel,
  recipient: Type.String(),
  body: Type.String(),
  urgent: Type.Boolean(),
  status: MessageStatus,
  provider: Nullable(Type.String()),
  attempts: Type.Integer(),
  lastError: Nullable(Type.String({ description: "The provider's last error" })),
  reason: Nullable(
    Type.String({
      description:
        'Why the message waits or was not sent, in Vietnamese (held by quiet hours or a cap, dropped)',
    }),
  ),
  nextAttemptAt: Type.String(),
  createdAt: Type.String(),
  sentAt: Nullable(Type.String()),
  dossierCode: Nullable(Type.String()),
  unit: Nullable(Type.Object({ agencyId: Type.String(), name: Type.String() })),
  canResend: Type.Boolean(),
});
export type Message = Static<typeof Message>;
export const MessageList = Type.Object({ items: Type.Array(Message), total: Type.Integer() });
export type MessageList = Static<typeof MessageList>;
export const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
export const Resent = Type.Object({ id: Type.String(), status: MessageStatus });

export const TemplateParams = Type.Object({
  event: Type.String({ maxLength: 60 }),
  channel: Type.String({ maxLength: 10 }),
});
export const Template = Type.Object({
  event: Type.Enum(notifyEvents),
  eventLabel: Type.String(),
  channel: Channel,
  body: Type.String(),
  isDefault: Type.Boolean(),
  defaultBody: Type.String(),
  updatedAt: Nullable(Type.String()),
});
export type Template = Static<typeof Template>;
export const TemplateOut = Template;
export const TemplateList = Type.Object({
  items: Type.Array(Template),
  placeholders: Type.Array(Type.Object({ name: Type.String(), label: Type.String(), sample: Type.String() })),
  maxSmsSegments: Type.Integer(),
});
export type TemplateList = Static<typeof TemplateList>;
export const TemplateBody = Type.Object({ body: Type.String({ maxLength: 4000 }) });
export const PreviewBody = Type.Object({ channel: Channel, body: Type.String({ maxLength: 4000 }) });
export const Preview = Type.Object({
  text: Type.String(),
  encoding: Nullable(Type.Union([Type.Literal('gsm7'), Type.Literal('ucs2')])),
  segments: Nullable(Type.Integer()),
  chars: Type.Integer(),
  issues: Type.Array(Type.Object({ code: Type.String(), message: Type.String() })),
});
export type Preview = Static<typeof Preview>;

export const PhoneQuery = Type.Object({ phone: Type.String({ minLength: 1, maxLength: 20 }) });
export const Preference = Type.Object({
  phone: Type.String(),
  channel: Channel,
  email: Nullable(Type.String()),
  smsOptOut: Type.Boolean(),
  updatedAt: Nullable(Type.String()),
});
export type Preference = Static<typeof Preference>;
export const PreferenceInput = Type.Object({
  phone: Type.String({ minLength: 1, maxLength: 20 }),
  channel: Channel,
  email: Type.Optional(Nullable(Type.String({ maxLength: 254 }))),
  smsOptOut: Type.Boolean(),
});
export const UnitCap = Type.Object({
  unit: Type.Object({ agencyId: Type.String(), name: Type.String() }),
  dailySmsCap: Type.Integer(),
  isDefault: Type.Boolean(),
});
export type UnitCap = Static<typeof UnitCap>;
// Null first: with type coercion on, null would otherwise be read as the integer 0.
export const UnitCapInput = Type.Object({
  dailySmsCap: Type.Union([Type.Null(), Type.Integer({ minimum: 0, maximum: 1_000_000 })]),
});
