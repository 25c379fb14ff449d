/**
 * Answers carried along the journey (hotline → booking → desk): the record as a list for those answers sees it, and
 * the answers in the link form a booking page reads (`?tra-loi=uy_quyen:no,tre_bo_roi:no`). Pure, browser-safe.
 */
import type { ProcedureRecord } from '../catalogue/record.js';
import { answeredChecklist } from './answered.js';
import type { Answers } from './conditions.js';

/** The query parameter that carries answers in the portal's links (text form of `formatAnswers`). */
export const ANSWERS_PARAM = 'tra-loi';

/**
 * The record without the documents the answers rule out. A document whose question is unanswered stays, so nothing
 * a citizen may need is dropped from a list made before every question was asked.
 */
export function recordForAnswers<R extends Pick<ProcedureRecord, 'cases' | 'documents' | 'questions'>>(
  record: R,
  answers: Answers,
): R {
  return { ...record, documents: answeredChecklist(record, answers).documents.map((d) => d.document) };
}
