import { describe, expect, it } from 'vitest';
import type { ApplicantForm } from './intake-fields.js';
import type { IntakePrefill } from './intake-journey.js';
import { intakeBody, linksOf, type IntakeInput } from './intake-body.js';

const values: ApplicantForm = {
  kind: 'person',
  name: '  Nguyễn Văn An ',
  phone: ' 0912345678 ',
  idNumber: '  ',
  address: ' Thôn 1 ',
  channel: 'desk',
  feeTiming: 'before',
  feeAmount: 30000,
  refuse: false,
};

const input = (over: Partial<IntakeInput> = {}): IntakeInput => ({
  values,
  procedureCode: 'KS01',
  caseName: undefined,
  documents: [{ index: 0 }, { index: 1 }, { index: 2 }],
  ticks: {},
  answers: {},
  prefill: null,
  idempotencyKey: 'key-12345678',
  ...over,
});

const prefill = (links: Partial<IntakePrefill['links']>): IntakePrefill => ({
  person: { name: null, phone: null },
  procedure: null,
  answers: {},
  links: { appointmentId: null, ticketId: null, hotlineCallId: null, hotlineChecklistId: null, ...links },
  sources: [],
});

describe('the desk intake body', () => {
  it('trims the applicant and leaves out what was left empty', () => {
    const body = intakeBody(input());
    expect(body.applicant).toEqual({ name: 'Nguyễn Văn An', phone: '0912345678', address: 'Thôn 1' });
    expect(body).toMatchObject({ procedureCode: 'KS01', channel: 'desk', idempotencyKey: 'key-12345678' });
    expect(body).not.toHaveProperty('caseName');
    expect(body).not.toHaveProperty('organisation');
    expect(body).not.toHaveProperty('note');
    expect(body).not.toHaveProperty('links');
    expect(body).not.toHaveProperty('assisted');
  });

  it('sends the documents counted, and those marked not applicable apart', () => {
    const body = intakeBody(
      input({
        ticks: {
          0: { originals: 1, copies: 0, notApplicable: false },
          1: { originals: 0, copies: 0, notApplicable: false },
          2: { originals: 2, copies: 1, notApplicable: true },
        },
      }),
    );
    expect(body.documents).toEqual([{ index: 0, originals: 1, copies: 0 }]);
    expect(body.notApplicable).toEqual([2]);
  });

  it('names the organisation only for an organisation with a name', () => {
    const org = {
      ...values,
      kind: 'organisation' as const,
      orgName: ' Công ty A ',
      orgTaxCode: '0101234567',
    };
    expect(intakeBody(input({ values: org })).organisation).toEqual({
      name: 'Công ty A',
      taxCode: '0101234567',
    });
    expect(intakeBody(input({ values: { ...org, orgName: ' ' } }))).not.toHaveProperty('organisation');
    expect(intakeBody(input({ values: { ...org, kind: 'person' } }))).not.toHaveProperty('organisation');
  });

  it('sends no fee amount when the fee is waived, and the refusal reason only when refusing', () => {
    expect(intakeBody(input()).fee).toEqual({ timing: 'before', amount: 30000 });
    const waived = { ...values, feeTiming: 'exempt' as const, feeNote: ' hộ nghèo ' };
    expect(intakeBody(input({ values: waived })).fee).toEqual({ timing: 'exempt', note: 'hộ nghèo' });
    expect(intakeBody(input({ values: { ...values, refusalReason: 'Sai thẩm quyền' } }))).not.toHaveProperty(
      'refusalReasons',
    );
    const refused = { ...values, refuse: true, refusalReason: ' Sai thẩm quyền ' };
    expect(intakeBody(input({ values: refused })).refusalReasons).toEqual(['Sai thẩm quyền']);
  });

  it('carries the assisted declaration with its confirmation, the answers and the known links', () => {
    const body = intakeBody(
      input({
        caseName: 'Đăng ký lại',
        answers: { married: 'yes' },
        assisted: { declaration: [{ key: 'ho_ten', value: 'An' }], confirmation: { method: 'signature' } },
        prefill: prefill({ ticketId: 't1' }),
      }),
    );
    expect(body).toMatchObject({
      caseName: 'Đăng ký lại',
      assisted: true,
      declaration: [{ key: 'ho_ten', value: 'An' }],
      confirmation: { method: 'signature' },
      answers: { married: 'yes' },
      links: { ticketId: 't1' },
    });
  });

  it('leaves the links out when the prefill knows none', () => {
    expect(linksOf(null)).toBeUndefined();
    expect(linksOf(prefill({}))).toBeUndefined();
    expect(linksOf(prefill({ appointmentId: 'a1', hotlineCallId: 'c1' }))).toEqual({
      appointmentId: 'a1',
      hotlineCallId: 'c1',
    });
  });
});
