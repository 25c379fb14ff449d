/**
 * Schemas of the checklist endpoints; each TypeScript type shares its schema's name.
 */
import { Type, type Static } from 'typebox';
import { answerIdPattern, ChecklistQuestion } from '../domain/catalogue/record.js';
import { DocumentView, VersionRef } from './catalogue.js';

const id = answerIdPattern.slice(1, -1);
/** `uy_quyen:yes,tre_bo_roi:no`, or empty. */
const answersPattern = `^(${id}:${id}(,${id}:${id})*)?$`;

export const ChecklistQuery = Type.Object({
  answers: Type.Optional(
    Type.String({
      maxLength: 2000,
      pattern: answersPattern,
      description:
        'The citizen’s answers: `question:answer` pairs separated by commas, each question once — question ids ' +
        'from the procedure’s `questions`, answers `yes`/`no` for a yes/no question or one of a choice’s option ' +
        'values. Unanswered questions may be left out.',
      examples: ['uy_quyen:yes,tre_bo_roi:no'],
    }),
  ),
  case: Type.Optional(
    Type.String({ minLength: 1, maxLength: 300, description: 'One of the procedure’s cases; default: all' }),
  ),
});
export type ChecklistQuery = Static<typeof ChecklistQuery>;

export const AnsweredChecklist = Type.Object({
  code: Type.String(),
  name: Type.String(),
  version: VersionRef,
  case: Type.Union([Type.String(), Type.Null()]),
  answers: Type.Array(
    Type.Object({
      question: Type.Object({ id: Type.String(), text: Type.String() }),
      answer: Type.Object({ value: Type.String(), label: Type.String() }),
    }),
    { description: 'The answers given, in the order of the questions' },
  ),
  answersInWords: Type.Array(Type.String(), { description: '"Câu hỏi — Trả lời", for a slip or a summary' }),
  documents: Type.Array(
    Type.Object({
      ...DocumentView.properties,
      index: Type.Integer({ description: 'Its place in the record’s documents' }),
      status: Type.Union([Type.Literal('always'), Type.Literal('applies'), Type.Literal('unanswered')], {
        description:
          'always: no condition; applies: needed for these answers; unanswered: needed only if its question is ' +
          'answered so (see `condition`)',
      }),
    }),
  ),
  unanswered: Type.Array(ChecklistQuestion, {
    description: 'Questions that still decide some of the documents',
  }),
});
export type AnsweredChecklist = Static<typeof AnsweredChecklist>;

export const LinkParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 20 }) });

export const ChecklistLink = Type.Union([
  Type.Object({
    status: Type.Literal('valid'),
    code: Type.String(),
    expiresAt: Type.String({ format: 'date-time' }),
    checklist: AnsweredChecklist,
  }),
  Type.Object({
    status: Type.Literal('expired'),
    code: Type.String(),
    expiresAt: Type.String({ format: 'date-time' }),
    procedure: Type.Object({ code: Type.String(), name: Type.String() }),
  }),
]);
export type ChecklistLink = Static<typeof ChecklistLink>;

/** What every citizen page shows (GET /api/portal/site). */
export const SiteInfo = Type.Object({
  centre: Type.Object({
    agencyId: Type.String({ description: 'Agency id (mã định danh) of the provincial centre' }),
    name: Type.String(),
    parent: Type.String(),
    hotline: Type.String(),
  }),
  sampleData: Type.Boolean({ description: 'The catalogue is demo data: portal pages say so' }),
  publicUrl: Type.String({ description: 'Base URL of the public pages, used in QR codes' }),
});
export type SiteInfo = Static<typeof SiteInfo>;
