/**
 * The checklist for a citizen's answers: the documents of the case (or of every case) that are needed or may be
 * needed — always-needed and applying documents, then those whose question is not answered yet — and the questions
 * still to ask. A document whose condition does not hold is left out. Pure and browser-safe: the API, the procedure
 * page, the print view, the PDF and the checklist messages all read the answered checklist from here.
 */
import type { ChecklistQuestion, ProcedureRecord, RequiredDocument } from '../catalogue/record.js';
import { checklistGroups } from './checklist.js';
import { applicability, questionsFor, type Answers, type Applicability } from './conditions.js';

export interface AnsweredDocument {
  document: RequiredDocument;
  /** Its place in the record's `documents` (stable for a version: the desk's ticks and the API refer to it). */
  index: number;
  applicability: Exclude<Applicability, 'not_applicable'>;
}

export interface AnsweredChecklist {
  /** In the checklist's order (general documents, then each case's); without the documents that do not apply. */
  documents: AnsweredDocument[];
  /** The questions that still decide some of these documents, in the record's order. */
  unanswered: ChecklistQuestion[];
}

type Source = Pick<ProcedureRecord, 'cases' | 'documents' | 'questions'>;

export function answeredChecklist(record: Source, answers: Answers, caseName?: string): AnsweredChecklist {
  const grouped = checklistGroups(record, caseName).flatMap((g) => [...g.submit, ...g.present]);
  const documents: AnsweredDocument[] = [];
  for (const document of grouped) {
    const a = applicability(document, answers);
    if (a === 'not_applicable') continue;
    documents.push({ document, index: record.documents.indexOf(document), applicability: a });
  }
  const open = documents.filter((d) => d.applicability === 'unanswered').map((d) => d.document);
  return { documents, unanswered: questionsFor(record, open) };
}

/** Essential: always needed or needed for these answers. */
export const isEssential = (d: Pick<AnsweredDocument, 'applicability'>) => d.applicability !== 'unanswered';
