/**
 * The desk intake's request (POST /api/dossiers) from what the officer entered on the intake page: the applicant's
 * texts trimmed and those left empty out, the documents brought (none counted: left out; "không áp dụng": listed
 * apart), the organisation, the fee, a refusal's reason, the assisted declaration with its confirmation, the answers
 * and the links the prefill found. A pure function, so that what is sent is tested without a browser.
 */
import type { IntakeBody } from '../../../src/contracts/dossier.js';
import type { Answers } from '../../../src/domain/checklist/conditions.js';
import type { Confirmation, DeclarationEntry } from './assisted.js';
import type { ApplicantForm } from './intake-fields.js';
import type { IntakePrefill } from './intake-journey.js';
import type { Tick } from './intake-parts.js';

export interface IntakeInput {
  values: ApplicantForm;
  procedureCode: string | undefined;
  caseName: string | undefined;
  /** The documents compared at the desk (those the answers do not rule out), by their index in the checklist. */
  documents: readonly { index: number }[];
  ticks: Readonly<Record<number, Tick>>;
  answers: Answers;
  /** Assisted mode, once the citizen has confirmed: the declaration entered for them and how they confirmed it. */
  assisted?: { declaration: DeclarationEntry[]; confirmation: Confirmation } | undefined;
  prefill: IntakePrefill | null;
  idempotencyKey: string;
}

/** A text trimmed, or nothing when it is left empty. */
const filled = (v: string | undefined): string | undefined => v?.trim() || undefined;
/** `{ [key]: text }` when the text is filled, else `{}`. */
const optional = <K extends string>(key: K, v: string | undefined) =>
  (filled(v) ? { [key]: filled(v) } : {}) as Partial<Record<K, string>>;

/** The links as the intake body carries them (only those known). */
export function linksOf(prefill: IntakePrefill | null) {
  if (!prefill) return undefined;
  const l = prefill.links;
  const links = {
    ...(l.appointmentId ? { appointmentId: l.appointmentId } : {}),
    ...(l.ticketId ? { ticketId: l.ticketId } : {}),
    ...(l.hotlineCallId ? { hotlineCallId: l.hotlineCallId } : {}),
    ...(l.hotlineChecklistId ? { hotlineChecklistId: l.hotlineChecklistId } : {}),
  };
  return Object.keys(links).length ? links : undefined;
}

function documentsOf({ documents, ticks }: IntakeInput): Pick<IntakeBody, 'documents' | 'notApplicable'> {
  const applicable = documents.filter(({ index }) => !ticks[index]?.notApplicable);
  return {
    documents: applicable
      .map(({ index }) => ({
        index,
        originals: ticks[index]?.originals ?? 0,
        copies: ticks[index]?.copies ?? 0,
      }))
      .filter((t) => t.originals > 0 || t.copies > 0),
    notApplicable: documents.filter(({ index }) => ticks[index]?.notApplicable).map(({ index }) => index),
  };
}

export function intakeBody(input: IntakeInput): IntakeBody {
  const { values, caseName, assisted } = input;
  const orgName = values.kind === 'organisation' ? filled(values.orgName) : undefined;
  const refusal = values.refuse ? filled(values.refusalReason) : undefined;
  const links = linksOf(input.prefill);
  return {
    // The form is sent only once a procedure is chosen; an empty code is refused by the server all the same.
    procedureCode: input.procedureCode ?? '',
    ...(caseName ? { caseName } : {}),
    channel: values.channel,
    applicant: {
      name: values.name.trim(),
      phone: values.phone.trim(),
      ...optional('idNumber', values.idNumber),
      ...optional('address', values.address),
      ...optional('email', values.email),
    },
    ...documentsOf(input),
    ...(orgName
      ? {
          organisation: {
            name: orgName,
            ...optional('taxCode', values.orgTaxCode),
            ...optional('address', values.orgAddress),
          },
        }
      : {}),
    fee: {
      timing: values.feeTiming,
      ...(values.feeTiming !== 'exempt' && values.feeAmount != null ? { amount: values.feeAmount } : {}),
      ...optional('note', values.feeNote),
    },
    ...(refusal ? { refusalReasons: [refusal] } : {}),
    ...optional('note', values.note),
    ...(assisted ? { assisted: true, ...assisted } : {}),
    answers: input.answers,
    ...(links ? { links } : {}),
    idempotencyKey: input.idempotencyKey,
  };
}
