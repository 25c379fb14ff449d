/**
 * Schemas of the declaration's e-form endpoint (GET /api/procedures/{code}/declaration); each TypeScript type shares
 * its schema's name.
 */
import { Type, type Static } from 'typebox';
import { ChecklistQuestion, FormField } from '../domain/catalogue/record.js';
import { ConditionView, VersionRef } from './catalogue.js';
import { ChecklistQuery } from './checklist.js';

const { condition: _recordCondition, ...fieldProperties } = FormField.properties;

export const DeclarationQuery = Type.Object({ answers: ChecklistQuery.properties.answers });
export type DeclarationQuery = Static<typeof DeclarationQuery>;

export const DeclarationFormOut = Type.Object({
  procedureCode: Type.String(),
  title: Type.String({ description: 'Title of the declaration, e.g. "Tờ khai đăng ký khai sinh"' }),
  version: VersionRef,
  generic: Type.Boolean({
    description: 'The version has no e-form of its own: this is the generic one (the request in words)',
  }),
  questions: Type.Array(ChecklistQuestion, {
    description: 'The checklist questions that decide whether conditional fields are asked',
  }),
  fields: Type.Array(
    Type.Object({
      ...fieldProperties,
      condition: ConditionView,
      status: Type.Union([Type.Literal('always'), Type.Literal('applies'), Type.Literal('unanswered')], {
        description:
          'always: no condition; applies: asked for the answers given; unanswered: its question is not answered ' +
          'yet (shown, not required). Fields an answer rules out are left out.',
      }),
    }),
  ),
});
export type DeclarationFormOut = Static<typeof DeclarationFormOut>;
