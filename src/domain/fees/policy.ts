/**
 * Fee policies as law with dates (docs/DECISIONS.md, "Fee policies"): a provincial decision that reduces by a
 * percentage, or exempts, the fees (phí) and/or charges (lệ phí) of some procedures on some channels from a date,
 * optionally until a date (both inclusive, Vietnam's civil dates as YYYY-MM-DD). Pure: the catalogue records the
 * legal base amount of each fee per channel; `assessFees` computes what is payable on a day from the policies in
 * force that day. Browser-safe (no Node imports).
 */

export const channelKinds = ['desk', 'online', 'post'] as const;
export type FeeChannel = (typeof channelKinds)[number];

/** `fee` = phí (a fee for a service), `charge` = lệ phí (a charge for a state act). */
export const feeKinds = ['fee', 'charge'] as const;
export type FeeKind = (typeof feeKinds)[number];

export const scopeKinds = ['all', 'fields', 'levels', 'procedures'] as const;
export type ScopeKind = (typeof scopeKinds)[number];

export type PolicyEffect = { kind: 'reduction'; percent: number } | { kind: 'exemption' };

export interface PolicyScope {
  kind: ScopeKind;
  /** Field codes, levels or procedure codes; empty for `all`. */
  values: readonly string[];
}

/** The parts of a policy the computation needs. */
export interface FeePolicyRule {
  id: string;
  name: string;
  legalBasis: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  effect: PolicyEffect;
  channels: readonly FeeChannel[];
  scope: PolicyScope;
  feeKinds: readonly FeeKind[];
}

/** The procedure a fee belongs to, as far as a policy's scope looks at it. */
export interface FeeTarget {
  code: string;
  field: string;
  levels: readonly string[];
}

export interface AppliedPolicy {
  policyId: string;
  policy: string;
  legalBasis: string;
  effect: PolicyEffect;
}

export interface AssessedItem {
  name: string;
  base: number;
  payable: number;
  applied: AppliedPolicy[];
}

export interface FeeAssessment {
  channel: FeeChannel;
  at: string;
  items: AssessedItem[];
  totalBase: number;
  totalPayable: number;
}

const normalise = (name: string) => name.normalize('NFC').trim().toLocaleLowerCase('vi').replace(/\s+/g, ' ');

/**
 * The kinds of a catalogue fee, from its name: "Lệ phí…" is a charge; "Phí, lệ phí…" / "Phí và lệ phí…" both;
 * anything else ("Phí…", "Phí chứng thực", a bare amount's name) a fee.
 */
export function classifyFee(name: string): FeeKind[] {
  const n = normalise(name);
  if (n.startsWith('lệ phí')) return ['charge'];
  if (/^phí\s*(,|và)\s*lệ phí/.test(n)) return ['fee', 'charge'];
  return ['fee'];
}

export const inForce = (p: Pick<FeePolicyRule, 'effectiveFrom' | 'effectiveTo'>, date: string) =>
  p.effectiveFrom <= date && (p.effectiveTo === null || date <= p.effectiveTo);

function inScope(scope: PolicyScope, t: FeeTarget): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'fields':
      return scope.values.includes(t.field);
    case 'levels':
      return t.levels.some((l) => scope.values.includes(l));
    case 'procedures':
      return scope.values.includes(t.code);
  }
}

/** Whether the policy applies to a fee of these kinds of this procedure on this channel (dates aside). */
export function covers(p: FeePolicyRule, channel: FeeChannel, target: FeeTarget, kinds: readonly FeeKind[]) {
  return (
    p.channels.includes(channel) && kinds.every((k) => p.feeKinds.includes(k)) && inScope(p.scope, target)
  );
}

/**
 * Payable after the policies, in whole đồng: an exemption makes it 0; reductions multiply (at most one applies when
 * policies do not overlap), rounded down once, in the citizen's favour.
 */
export function payableAfter(base: number, effects: readonly PolicyEffect[]): number {
  if (effects.some((e) => e.kind === 'exemption')) return 0;
  let numerator = BigInt(base);
  let denominator = 1n;
  for (const e of effects) {
    if (e.kind !== 'reduction') continue;
    numerator *= BigInt(100 - e.percent);
    denominator *= 100n;
  }
  return Number(numerator / denominator);
}

/** What each fee of a channel costs on `date` under `policies` (those not in force that day are ignored). */
export function assessFees(
  fees: readonly { name: string; amount: number }[],
  channel: FeeChannel,
  target: FeeTarget,
  policies: readonly FeePolicyRule[],
  date: string,
): FeeAssessment {
  const live = policies
    .filter((p) => inForce(p, date))
    .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom) || a.id.localeCompare(b.id));
  const items = fees.map((f): AssessedItem => {
    const kinds = classifyFee(f.name);
    const hits = f.amount > 0 ? live.filter((p) => covers(p, channel, target, kinds)) : [];
    return {
      name: f.name,
      base: f.amount,
      payable: payableAfter(
        f.amount,
        hits.map((p) => p.effect),
      ),
      applied: hits.map((p) => ({
        policyId: p.id,
        policy: p.name,
        legalBasis: p.legalBasis,
        effect: p.effect,
      })),
    };
  });
  return {
    channel,
    at: date,
    items,
    totalBase: items.reduce((s, i) => s + i.base, 0),
    totalPayable: items.reduce((s, i) => s + i.payable, 0),
  };
}

const intersects = <T>(a: readonly T[], b: readonly T[]) => a.some((x) => b.includes(x));

/** Whether two date ranges (inclusive; null = open end) share a day. */
export const rangesOverlap = (
  a: Pick<FeePolicyRule, 'effectiveFrom' | 'effectiveTo'>,
  b: Pick<FeePolicyRule, 'effectiveFrom' | 'effectiveTo'>,
) =>
  (a.effectiveTo === null || b.effectiveFrom <= a.effectiveTo) &&
  (b.effectiveTo === null || a.effectiveFrom <= b.effectiveTo);

/**
 * Whether two policies could apply to the same fee on the same day ("the same scope"): channels and kinds shared,
 * ranges overlapping, and procedure scopes that may meet — `all` meets everything; two scopes of the same kind meet
 * when they share a value; scopes of different kinds (fields against levels…) are taken to meet, since a procedure
 * can be in both.
 */
export function policiesOverlap(a: FeePolicyRule, b: FeePolicyRule): boolean {
  if (!intersects(a.channels, b.channels) || !intersects(a.feeKinds, b.feeKinds)) return false;
  if (!rangesOverlap(a, b)) return false;
  if (a.scope.kind === 'all' || b.scope.kind === 'all' || a.scope.kind !== b.scope.kind) return true;
  return intersects(a.scope.values, b.scope.values);
}

/** The Vietnamese wording of an effect ("giảm 30%", "miễn"). */
export const effectText = (e: PolicyEffect) => (e.kind === 'exemption' ? 'miễn' : `giảm ${e.percent}%`);

/**
 * A one-line explanation of what a channel costs, for the procedure page and the receipt: "miễn phí theo Nghị quyết
 * 12/2025/NQ-HĐND", "35.000 đồng (giảm 30% theo …)", "50.000 đồng", "không thu phí".
 */
export function assessmentText(
  a: Pick<FeeAssessment, 'items' | 'totalBase' | 'totalPayable'>,
  money: (n: number) => string,
) {
  const bases = [...new Set(a.items.flatMap((i) => i.applied.map((p) => p.legalBasis)))];
  if (a.totalBase === 0) return 'không thu phí, lệ phí';
  if (a.totalPayable === 0 && bases.length) return `miễn phí theo ${bases.join(', ')}`;
  const effects = a.items.flatMap((i) =>
    i.applied.map((p) => `${effectText(p.effect)} theo ${p.legalBasis}`),
  );
  const why = [...new Set(effects)];
  return why.length ? `${money(a.totalPayable)} (${why.join('; ')})` : money(a.totalPayable);
}
