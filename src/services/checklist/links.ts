/**
 * Reading a short checklist link (/giay-to/<code>): the procedure version, case and answers it was made for, or
 * that it has expired (the page says so and points to the procedure's current page).
 */
import { answeredChecklist } from '../../domain/checklist/answered.js';
import { hasCase } from '../../domain/checklist/checklist.js';
import { parseAnswers } from '../../domain/checklist/conditions.js';
import { CHECKLIST_LINK_CODE } from '../../domain/checklist/message.js';
import { notFound } from '../../domain/errors.js';
import { getVersionById, type Reader } from '../catalogue/versions.js';
import type { AnsweredProcedure } from './answered.js';

export type ChecklistLinkView =
  | {
      status: 'valid';
      code: string;
      expiresAt: Date;
      /** The checklist of the version the message was about, for the case and answers given then. */
      checklist: AnsweredProcedure;
    }
  | { status: 'expired'; code: string; expiresAt: Date; procedure: { code: string; name: string } };

const linkNotFound = () =>
  notFound(
    'CHECKLIST_LINK_NOT_FOUND',
    'Không tìm thấy danh sách giấy tờ này. Vui lòng kiểm tra lại đường dẫn.',
  );

export async function getChecklistLink(
  db: Reader,
  code: string,
  now = Date.now(),
): Promise<ChecklistLinkView> {
  const normalised = code.trim().toUpperCase();
  if (!CHECKLIST_LINK_CODE.test(normalised)) throw linkNotFound();
  const row = await db
    .selectFrom('checklist_links')
    .select(['code', 'procedure_version_id', 'case_name', 'answers', 'expires_at'])
    .where('code', '=', normalised)
    .executeTakeFirst();
  if (!row) throw linkNotFound();
  const version = await getVersionById(db, row.procedure_version_id);
  if (row.expires_at.getTime() <= now) {
    return {
      status: 'expired',
      code: row.code,
      expiresAt: row.expires_at,
      procedure: { code: version.record.code, name: version.record.name },
    };
  }
  // Written by formatAnswers for this version's questions; a row that no longer parses shows no answers.
  const answers = parseAnswers(row.answers) ?? {};
  const caseName =
    row.case_name !== null && hasCase(version.record, row.case_name) ? row.case_name : undefined;
  return {
    status: 'valid',
    code: row.code,
    expiresAt: row.expires_at,
    checklist: {
      version,
      answers,
      caseName,
      ...answeredChecklist(version.record, answers, caseName),
    },
  };
}
