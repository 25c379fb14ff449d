/**
 * Schemas of the fee area: what a procedure costs per channel on a day (GET /api/procedures/:code/fees, public),
 * what a dossier froze, and the province administrator's fee policies (/api/admin/fees/policies).
 */
import { Type, type Static, type TSchema } from 'typebox';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Text = (max: number, min = 0) => Type.String({ minLength: min, maxLength: max });
const Uuid = Type.String({ format: 'uuid' });
const Day = Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', description: 'YYYY-MM-DD (Vietnam)' });
const ChannelName = Type.Union([Type.Literal('desk'), Type.Literal('online'), Type.Literal('post')]);
const KindName = Type.Union([Type.Literal('fee'), Type.Literal('charge')]);

export const PolicyEffect = Type.Union([
  Type.Object({ kind: Type.Literal('reduction'), percent: Type.Integer({ minimum: 1, maximum: 100 }) }),
  Type.Object({ kind: Type.Literal('exemption') }),
]);

export const FeeAssessment = Type.Object({
  channel: ChannelName,
  at: Day,
  items: Type.Array(
    Type.Object({
      name: Type.String(),
      base: Type.Integer({ description: 'đồng' }),
      payable: Type.Integer({ description: 'đồng' }),
      applied: Type.Array(
        Type.Object({
          policyId: Type.String(),
          policy: Type.String(),
          legalBasis: Type.String(),
          effect: PolicyEffect,
        }),
      ),
    }),
  ),
  totalBase: Type.Integer(),
  totalPayable: Type.Integer(),
});
export type FeeAssessment = Static<typeof FeeAssessment>;

/** Checked by the service, so that a bad channel or date is answered in Vietnamese. */
export const FeesQuery = Type.Object({
  channel: Type.Optional(Type.String({ maxLength: 20, description: 'desk | online | post' })),
  at: Type.Optional(Type.String({ maxLength: 20, description: 'YYYY-MM-DD (default: today in Vietnam)' })),
});
export const FeesParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 200 }) });

export const PolicyScope = Type.Object({
  kind: Type.Union([
    Type.Literal('all'),
    Type.Literal('fields'),
    Type.Literal('levels'),
    Type.Literal('procedures'),
  ]),
  values: Type.Array(Text(40, 1), { maxItems: 200, uniqueItems: true }),
});

const policyFields = {
  name: Text(300, 3),
  legalBasis: Text(300, 3),
  effectiveFrom: Day,
  effectiveTo: Nullable(Day),
  effect: PolicyEffect,
  channels: Type.Array(ChannelName, { minItems: 1, maxItems: 3, uniqueItems: true }),
  scope: PolicyScope,
  feeKinds: Type.Array(KindName, { minItems: 1, maxItems: 2, uniqueItems: true }),
  note: Nullable(Text(1000)),
};

export const FeePolicy = Type.Object({
  id: Uuid,
  ...policyFields,
  version: Type.Integer(),
  /** started: in force or past (its past cannot change); ended: its last day is before today. */
  state: Type.Union([Type.Literal('planned'), Type.Literal('in_force'), Type.Literal('ended')]),
  updatedAt: Type.String({ format: 'date-time' }),
  updatedBy: Nullable(Type.String()),
});
export type FeePolicy = Static<typeof FeePolicy>;

export const FeePolicyList = Type.Object({ today: Day, items: Type.Array(FeePolicy) });
export type FeePolicyList = Static<typeof FeePolicyList>;

export const PolicyBody = Type.Object(policyFields, { additionalProperties: false });
export type PolicyBody = Static<typeof PolicyBody>;

export const PolicyCorrectBody = Type.Object(
  { ...policyFields, expectedVersion: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);
export type PolicyCorrectBody = Static<typeof PolicyCorrectBody>;

export const PolicyEndBody = Type.Object(
  { effectiveTo: Day, expectedVersion: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);
export type PolicyEndBody = Static<typeof PolicyEndBody>;

export const PolicyParams = Type.Object({ id: Uuid });
