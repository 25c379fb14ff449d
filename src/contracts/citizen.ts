/**
 * Schemas of the citizen's side (/api/citizen): sign-in by a one-time code to the phone, who am I, and
 * "Hồ sơ của tôi" (the dossiers whose applicant is the signed-in citizen).
 */
import { Type, type Static } from 'typebox';
import { portalStatusKeys, statuses } from '../domain/dossier/lifecycle.js';
import { CITIZEN_MAX_PAGE, CITIZEN_PAGE_SIZE } from '../domain/citizen/citizen.js';
import { CitizenDossierPayment } from './payment.js';

export const CitizenOtpBody = Type.Object(
  {
    phone: Type.String({ minLength: 1, maxLength: 30, description: 'Mobile number, 0… or +84…' }),
  },
  { additionalProperties: false },
);
export type CitizenOtpBody = Static<typeof CitizenOtpBody>;

export const CitizenOtpSent = Type.Object(
  {
    phoneMasked: Type.String(),
    expiresAt: Type.String({ format: 'date-time' }),
    resendAfterSeconds: Type.Integer({ description: 'How long the page waits before offering a new code' }),
  },
  { additionalProperties: false },
);
export type CitizenOtpSent = Static<typeof CitizenOtpSent>;

export const CitizenVerifyBody = Type.Object(
  {
    phone: Type.String({ minLength: 1, maxLength: 30 }),
    code: Type.String({ pattern: '^[0-9]{6}$', description: 'The 6 digits received by SMS' }),
    kiosk: Type.Optional(
      Type.Boolean({
        description: 'true at a self-service kiosk: the cookies last while the browser is open only',
      }),
    ),
  },
  { additionalProperties: false },
);
export type CitizenVerifyBody = Static<typeof CitizenVerifyBody>;

export const verificationMethods = ['phone', 'national-id'] as const;

export const CitizenMe = Type.Object(
  {
    phone: Type.Optional(
      Type.String({
        description: 'The verified phone, 0xxxxxxxxx (absent: national identity without a phone)',
      }),
    ),
    fullName: Type.Optional(Type.String()),
    idNumber: Type.Optional(Type.String({ description: 'The ID number (CCCD), masked' })),
    verifiedBy: Type.Array(Type.Enum(verificationMethods)),
  },
  { additionalProperties: false },
);
export type CitizenMe = Static<typeof CitizenMe>;

/** How a citizen can sign in here: the phone always, the national identity when it is configured. */
export const CitizenAuthMethods = Type.Object(
  { phone: Type.Boolean(), nationalId: Type.Boolean() },
  { additionalProperties: false },
);
export type CitizenAuthMethods = Static<typeof CitizenAuthMethods>;

/** The start of the national-identity sign-in: where to go once signed in (a /cong-dan/… page). */
export const CitizenOidcStartQuery = Type.Object(
  { next: Type.Optional(Type.String({ maxLength: 200 })) },
  { additionalProperties: false },
);

const callbackParam = (description: string) => Type.Optional(Type.String({ maxLength: 4096, description }));
/** What the identity provider sends back (RFC 6749 §4.1.2, RFC 9207); anything else it adds is ignored. */
export const CitizenOidcCallbackQuery = Type.Object({
  code: callbackParam('The authorization code'),
  state: callbackParam('The state sent with the request'),
  iss: callbackParam("The provider's issuer identifier"),
  error: callbackParam('access_denied, …'),
  error_description: callbackParam('Why, in the words of the provider'),
});

export const CitizenDossierQuery = Type.Object(
  {
    page: Type.Integer({ minimum: 1, maximum: CITIZEN_MAX_PAGE, default: 1 }),
    pageSize: Type.Integer({
      minimum: 1,
      maximum: CITIZEN_PAGE_SIZE.max,
      default: CITIZEN_PAGE_SIZE.default,
    }),
  },
  { additionalProperties: false },
);
export type CitizenDossierQuery = Static<typeof CitizenDossierQuery>;

const Instant = Type.Union([Type.String({ format: 'date-time' }), Type.Null()]);

export const CitizenDossier = Type.Object(
  {
    code: Type.String(),
    status: Type.Enum(statuses),
    statusKey: Type.Enum(portalStatusKeys, { description: 'Status key of the national portal' }),
    statusLabel: Type.String(),
    procedure: Type.Object({ code: Type.String(), name: Type.String() }, { additionalProperties: false }),
    submittedAt: Type.String({ format: 'date-time' }),
    dueAt: Instant,
    needsMe: Type.Boolean({
      description: 'The dossier waits for the applicant (supplement, payment, result)',
    }),
    waitingFor: Type.Optional(Type.String({ description: 'What it waits for, in Vietnamese' })),
    payment: Type.Optional(CitizenDossierPayment),
  },
  { additionalProperties: false },
);
export type CitizenDossier = Static<typeof CitizenDossier>;

export const CitizenDossierList = Type.Object(
  { items: Type.Array(CitizenDossier), total: Type.Integer() },
  { additionalProperties: false },
);
export type CitizenDossierList = Static<typeof CitizenDossierList>;
