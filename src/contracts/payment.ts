/**
 * Schemas of payments: what a dossier must pay, the payments received with their electronic receipts, refunds, the
 * desk's recording, the citizen's online payment through the gateway, and the alerts a unit's leader sees.
 * Amounts are whole đồng.
 */
import { Type, type Static } from 'typebox';

const Dong = (description?: string) =>
  Type.Integer({ minimum: 0, maximum: 1_000_000_000_000, ...(description ? { description } : {}) });
const Instant = Type.String({ format: 'date-time' });
const Channel = Type.Union([
  Type.Literal('online'),
  Type.Literal('cash'),
  Type.Literal('transfer'),
  Type.Literal('card'),
]);
const DeskChannel = Type.Union([Type.Literal('cash'), Type.Literal('transfer'), Type.Literal('card')]);

export const PaymentItem = Type.Object(
  {
    kind: Type.String({ description: "'fee', or the kind of land obligation of the Tax notice" }),
    label: Type.String(),
    amount: Dong(),
    noticeNo: Type.Optional(Type.String()),
    dueDate: Type.Optional(Type.String({ description: 'YYYY-MM-DD' })),
  },
  { additionalProperties: false },
);

export const Receipt = Type.Object(
  {
    receiptNo: Type.String({ description: 'Electronic receipt number, BL-<agency id>-<year>-<six digits>' }),
    amount: Dong(),
    channel: Channel,
    channelLabel: Type.String(),
    paidAt: Instant,
    payerName: Type.String(),
    items: Type.Array(PaymentItem, { description: 'What the payment was for (the request it paid)' }),
    refunded: Dong('Refunded so far'),
  },
  { additionalProperties: false },
);
export type Receipt = Static<typeof Receipt>;

export const Refund = Type.Object(
  { amount: Dong(), reason: Type.String(), by: Type.String(), at: Instant },
  { additionalProperties: false },
);

export const StaffPayment = Type.Object(
  {
    ...Receipt.properties,
    id: Type.String({ format: 'uuid' }),
    reference: Type.Union([Type.String(), Type.Null()]),
    txnRef: Type.Union([Type.String(), Type.Null()]),
    recordedBy: Type.Union([Type.String(), Type.Null()]),
    refunds: Type.Array(Refund),
  },
  { additionalProperties: false },
);

export const PaymentRequest = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    status: Type.Union([Type.Literal('open'), Type.Literal('paid'), Type.Literal('cancelled')]),
    amount: Dong(),
    paid: Dong(),
    items: Type.Array(PaymentItem),
    requestedAt: Instant,
  },
  { additionalProperties: false },
);

/** The staff's view of a dossier's payments. */
export const DossierPayments = Type.Object(
  {
    requests: Type.Array(PaymentRequest),
    payments: Type.Array(StaffPayment),
    outstanding: Dong('Still to pay on the open request'),
    mayRecord: Type.Boolean({ description: 'The officer may record a desk payment now' }),
    mayRefund: Type.Boolean({ description: 'The officer may record refunds (a leader of the unit)' }),
  },
  { additionalProperties: false },
);
export type DossierPayments = Static<typeof DossierPayments>;

export const DeskPaymentBody = Type.Object(
  {
    channel: DeskChannel,
    amount: Type.Integer({ minimum: 1, maximum: 1_000_000_000_000 }),
    payerName: Type.String({ minLength: 1, maxLength: 200 }),
    reference: Type.Optional(
      Type.String({ maxLength: 100, description: "The transfer's or the card slip's reference" }),
    ),
  },
  { additionalProperties: false },
);
export type DeskPaymentBody = Static<typeof DeskPaymentBody>;

export const PaymentParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

export const RefundBody = Type.Object(
  {
    amount: Type.Integer({ minimum: 1, maximum: 1_000_000_000_000 }),
    reason: Type.String({ minLength: 1, maxLength: 1000 }),
  },
  { additionalProperties: false },
);
export type RefundBody = Static<typeof RefundBody>;

/** The citizen's view: what is due now, whether it can be paid online, and the receipts. */
export const CitizenPayments = Type.Object(
  {
    due: Dong('Still to pay'),
    items: Type.Array(PaymentItem, { description: 'The lines of the open request' }),
    online: Type.Boolean({ description: 'Online payment is offered' }),
    receipts: Type.Array(Receipt),
  },
  { additionalProperties: false },
);
export type CitizenPayments = Static<typeof CitizenPayments>;

export const StartedPayment = Type.Object(
  { redirectUrl: Type.String({ description: "The gateway's payment page, signed" }) },
  { additionalProperties: false },
);

/** The gateway's signed parameters (vnp_…), as it sends them in the query string. */
export const GatewayQuery = Type.Record(Type.String({ maxLength: 40 }), Type.String({ maxLength: 1000 }), {
  maxProperties: 40,
});

/** The answer the gateway expects to its notification (RspCode '00' confirmed, '01' unknown order…). */
export const IpnAnswer = Type.Object(
  { RspCode: Type.String(), Message: Type.String() },
  { additionalProperties: false },
);

export const PaymentResult = Type.Object(
  {
    ok: Type.Boolean(),
    message: Type.String(),
    dossierCode: Type.Union([Type.String(), Type.Null()]),
    amount: Dong(),
    receiptNo: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false },
);
export type PaymentResult = Static<typeof PaymentResult>;

export const PaymentAlert = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    kind: Type.Union([Type.Literal('wrong_amount'), Type.Literal('reconciliation')]),
    title: Type.String(),
    detail: Type.String(),
    dossierCode: Type.Union([Type.String(), Type.Null()]),
    txnRef: Type.Union([Type.String(), Type.Null()]),
    unitName: Type.String(),
    createdAt: Instant,
  },
  { additionalProperties: false },
);
export const PaymentAlerts = Type.Object(
  { items: Type.Array(PaymentAlert) },
  { additionalProperties: false },
);
export type PaymentAlerts = Static<typeof PaymentAlerts>;

/** Added to the citizen's dossier list: what is due and the receipts, when the dossier was asked to pay. */
export const CitizenDossierPayment = Type.Object(
  { due: Dong('Still to pay'), receipts: Type.Array(Receipt) },
  { additionalProperties: false },
);
export type CitizenDossierPayment = Static<typeof CitizenDossierPayment>;
