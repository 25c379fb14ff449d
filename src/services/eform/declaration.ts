/**
 * The declaration's e-form of the version in force, for the applicant's answers (GET /api/procedures/{code}/
 * declaration): answers in their text form, checked against the record's questions like the checklist's (400 naming
 * an unknown question or answer).
 */
import { todayInVietnam } from '../../domain/catalogue/dates.js';
import { formView } from '../../domain/dossier/eform-view.js';
import type { DeclarationFormOut } from '../../contracts/eform.js';
import { readAnswers } from '../checklist/answered.js';
import { getVersionInForce, type Reader } from '../catalogue/versions.js';

export async function getDeclarationForm(
  db: Reader,
  code: string,
  answersText: string | undefined,
): Promise<DeclarationFormOut> {
  const version = await getVersionInForce(db, code, todayInVietnam());
  const answers = readAnswers(version.record, answersText);
  return {
    procedureCode: version.code,
    version: { id: version.id, no: version.no, effectiveFrom: version.effectiveFrom },
    ...formView(version.record, answers),
  };
}
