/**
 * The helper's side of a service point: the point they work at, a one-time code to the citizen's phone, the
 * online submission entered on the citizen's behalf (channel online, status submitted, like any online dossier:
 * intake.ts `submitOnline`) with the point, the helper and the consent recorded, and the helper's own submissions
 * (their status only). Only a helper bound to an active point may do any of it.
 */
import { forbidden, invalid } from '../../domain/errors.js';
import { maskPhone } from '../../domain/dossier/declaration.js';
import { statusLabels } from '../../domain/dossier/lifecycle.js';
import { normalisePhone } from '../../domain/contact/contact.js';
import { cleanFileName } from '../../domain/dossier/attachments.js';
import type { Consent, HelperFile, OnBehalfBody } from '../../contracts/service-points.js';
import type { StoredFile } from '../../adapters/storage/file-store.js';
import type { DossierSummary } from '../../contracts/dossier.js';
import type { Reader, Trx } from '../../db/transaction.js';
import type { ActingContext } from '../org/context.js';
import { submitOnline } from '../dossier/intake/intake.js';
import { requestOnlineOtp, useOtp, type OtpSent } from '../dossier/intake/otp.js';
import { getVersionInForce } from '../catalogue/versions.js';
import { recordStoredFile } from '../citizen/files.js';
import { attachScans, checkedScans } from './files.js';

/** The largest signature image kept (bytes). */
export const SIGNATURE_MAX_BYTES = 200_000;
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The active point the helper is bound to, with its unit; 403 for anyone else. */
export async function helperPoint(db: Reader, ctx: ActingContext) {
  const row = ctx.actor.roles.some((r) => r.role === 'service_point_helper')
    ? await db
        .selectFrom('service_point_helpers as h')
        .innerJoin('service_points as p', 'p.id', 'h.point_id')
        .innerJoin('units as u', 'u.id', 'p.unit_id')
        .select(['p.id', 'p.name', 'p.kind', 'p.address', 'u.agency_id', 'u.name as unit_name'])
        .where('h.staff_id', '=', ctx.actor.id)
        .where('p.active', '=', true)
        .executeTakeFirst()
    : undefined;
  if (!row) throw forbidden('Bạn chưa được gắn với một điểm dịch vụ công đang hoạt động.');
  return {
    point: { id: row.id, name: row.name, kind: row.kind, address: row.address },
    unit: { agencyId: row.agency_id, name: row.unit_name },
  };
}

export async function requestOnBehalfOtp(trx: Trx, ctx: ActingContext, phone: string): Promise<OtpSent> {
  await helperPoint(trx, ctx);
  return requestOnlineOtp(trx, phone, { createdBy: ctx.actor.id });
}

/** Records a scan the route has stored (helpers of an active point only); attached when the dossier is submitted. */
export async function addHelperFile(
  trx: Trx,
  ctx: ActingContext,
  file: StoredFile & { fileName: string | undefined },
): Promise<HelperFile> {
  await helperPoint(trx, ctx);
  await recordStoredFile(trx, file);
  const fileName = cleanFileName(file.fileName, file.contentType);
  return { sha256: file.sha256, size: file.size, contentType: file.contentType, fileName };
}

/** The signature's PNG bytes, checked by content (the PNG signature) and size. */
export function signaturePng(png: string): Buffer {
  const bytes = Buffer.from(png.replace(/^data:image\/png;base64,/, ''), 'base64');
  if (bytes.length > SIGNATURE_MAX_BYTES || !bytes.subarray(0, 8).equals(PNG_MAGIC)) {
    const message = 'Chữ ký không hợp lệ: cần một ảnh PNG không quá 200 KB.';
    throw invalid('SIGNATURE_INVALID', message, [{ field: 'consent.png', message }]);
  }
  return bytes;
}

function consentOf(trx: Trx, consent: Consent) {
  if (consent.method === 'signature') {
    const png = signaturePng(consent.png);
    return { png, verify: undefined, confirmation: { method: 'signature' as const } };
  }
  return {
    png: null,
    verify: async (phone: string, now: number) =>
      useOtp(trx, 'online_submission', consent.otpId, phone, consent.code, now),
    confirmation: { method: 'otp' as const },
  };
}

/** Submits online on the citizen's behalf at the helper's point (a replay of the same key answers the same). */
export async function submitOnBehalf(
  trx: Trx,
  ctx: ActingContext,
  body: OnBehalfBody,
  opts: { now?: number } = {},
): Promise<DossierSummary> {
  const { point, unit } = await helperPoint(trx, ctx);
  const { consent, files, ...input } = body;
  const { png, verify, confirmation } = consentOf(trx, consent);
  const version = await getVersionInForce(trx, body.procedureCode);
  const scans = await checkedScans(trx, version.record, files);
  // A paper with a scan is received as its electronic copy, ticked or not.
  const ticks = [...input.documents];
  for (const s of scans) {
    const doc = version.record.documents[s.position]!;
    if (!ticks.some((t) => t.index === s.position)) {
      ticks.push({ index: s.position, originals: doc.originals, copies: doc.copies });
    }
  }
  const phone = normalisePhone(body.applicant.phone);
  const summary = await submitOnline(
    trx,
    { ...input, documents: ticks, unit: unit.agencyId },
    {
      requestId: ctx.requestId,
      ...(opts.now !== undefined ? { now: opts.now } : {}),
      ...(verify ? { verify } : {}),
      helper: {
        actor: { id: ctx.actor.id, fullName: ctx.actor.fullName },
        consent:
          phone && consent.method === 'otp'
            ? { ...confirmation, phoneMasked: maskPhone(phone) }
            : confirmation,
      },
      onWritten: (row) => attachScans(trx, row.id, ctx.actor, scans),
    },
  );
  const dossier = await trx
    .selectFrom('dossiers')
    .select('id')
    .where('code', '=', summary.code)
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('service_point_submissions')
    .values({
      dossier_id: dossier.id,
      point_id: point.id,
      helper_id: ctx.actor.id,
      consent: consent.method,
      signature_png: png,
      submitted_at: new Date(summary.submittedAt),
    })
    .onConflict((oc) => oc.column('dossier_id').doNothing())
    .execute();
  return summary;
}

/** The helper's own submissions, newest first: what they need to tell the citizen, nothing more. */
export async function listHelperSubmissions(db: Reader, ctx: ActingContext) {
  await helperPoint(db, ctx);
  const rows = await db
    .selectFrom('service_point_submissions as s')
    .innerJoin('dossiers as d', 'd.id', 's.dossier_id')
    .innerJoin('persons as p', 'p.id', 'd.applicant_id')
    .select(['d.code', 'd.procedure_name', 'p.full_name', 'd.status', 's.consent', 's.submitted_at'])
    .where('s.helper_id', '=', ctx.actor.id)
    .orderBy('s.submitted_at', 'desc')
    .limit(200)
    .execute();
  return {
    items: rows.map((r) => ({
      code: r.code,
      procedureName: r.procedure_name,
      applicantName: r.full_name,
      status: r.status,
      statusLabel: statusLabels[r.status],
      consent: r.consent,
      submittedAt: new Date(r.submitted_at).toISOString(),
    })),
  };
}
