/**
 * What a procedure costs per channel on a day (the public fees route, the procedure page), and what a dossier owes,
 * computed once at submission (online) or receipt (desk) from the version's fees for its channel and the policies in
 * force that day in Vietnam, then frozen in the dossier (dossiers.fee_assessment) and never recomputed. The dossier's
 * `fee` (what the payment side reads) carries the assessed total payable.
 */
import { findEpochDay } from '../../domain/calendar/civil-date.js';
import { todayInVietnam } from '../../domain/catalogue/dates.js';
import { channelKinds, type ChannelKind } from '../../domain/catalogue/record.js';
import { invalid } from '../../domain/errors.js';
import { assessFees, type FeeAssessment } from '../../domain/fees/policy.js';
import type { DossierFee } from '../../db/tables/dossier.js';
import type { Reader } from '../../db/transaction.js';
import { getProcedure } from '../catalogue/queries.js';
import type { ProcedureVersion } from '../catalogue/versions.js';
import { readPolicyRules } from './policies.js';

/** The version's fees for a channel, assessed on `date` under `policies`. */
export function assessVersion(
  version: Pick<ProcedureVersion, 'code' | 'record'>,
  channel: ChannelKind,
  policies: Awaited<ReturnType<typeof readPolicyRules>>,
  date: string,
): FeeAssessment {
  const fees = version.record.channels.find((c) => c.kind === channel)?.fees ?? [];
  const target = { code: version.code, field: version.record.field.code, levels: version.record.levels };
  return assessFees(fees, channel, target, policies, date);
}

/** GET /api/procedures/:code/fees: a bad channel or date is a 400 in Vietnamese, an unknown procedure a 404. */
export async function procedureFees(
  db: Reader,
  code: string,
  channel: string | undefined,
  at: string | undefined,
): Promise<FeeAssessment> {
  if (!(channelKinds as readonly string[]).includes(channel ?? '')) {
    const message = 'Kênh nộp phải là desk (trực tiếp), online (trực tuyến) hoặc post (bưu chính).';
    throw invalid('BAD_CHANNEL', message, [{ field: 'channel', message }]);
  }
  if (at !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(at) || findEpochDay(at) === undefined)) {
    const message = 'Ngày không hợp lệ (YYYY-MM-DD).';
    throw invalid('BAD_DATE', message, [{ field: 'at', message }]);
  }
  const date = at ?? todayInVietnam();
  const version = await getProcedure(db, code, date);
  return assessVersion(version, channel as ChannelKind, await readPolicyRules(db), date);
}

/**
 * The dossier's fee from its frozen assessment: nothing owed by law → the officer's entry as it was; exempted by
 * policy → `exempt` naming the basis; otherwise the officer's timing (before the processing by default) and the
 * assessed total payable. An officer's "exempt" (a person the law exempts) stands.
 */
export function dossierFeeOf(
  assessment: FeeAssessment,
  entered: DossierFee | null | undefined,
): DossierFee | null {
  if (assessment.totalBase === 0) return entered ?? null;
  if (entered?.timing === 'exempt') return entered;
  if (assessment.totalPayable === 0) {
    const bases = [...new Set(assessment.items.flatMap((i) => i.applied.map((p) => p.legalBasis)))];
    return { timing: 'exempt', amount: 0, note: `Miễn theo ${bases.join(', ')}` };
  }
  return {
    timing: entered?.timing ?? 'before',
    amount: assessment.totalPayable,
    ...(entered?.note ? { note: entered.note } : {}),
  };
}

/** What a new dossier owes on `date` (Vietnam), for the statement that writes it. */
export async function assessDossier(
  db: Reader,
  version: ProcedureVersion,
  channel: ChannelKind,
  date: string,
  entered: DossierFee | null | undefined,
): Promise<{ feeAssessment: FeeAssessment; fee: DossierFee | null }> {
  const feeAssessment = assessVersion(version, channel, await readPolicyRules(db), date);
  return { feeAssessment, fee: dossierFeeOf(feeAssessment, entered) };
}
