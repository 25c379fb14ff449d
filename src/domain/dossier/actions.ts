/**
 * What each dossier action is, in one row: its label, where it takes the dossier, who may take it, whether it must
 * say why, the notice the citizen gets, what it does besides the log (its effect and its task effect, named here and
 * written in src/services/dossier/actions/effects.ts and src/services/dossier/tasks/tasks.ts), its line on the
 * control slip and the form the desk opens for it. Which action is allowed in which status is the law's transition
 * table (lifecycle.ts); this table says what each one does. Adding an action is one row here, one entry in that
 * table, and the code of the effects it names (the services' maps are typed by these names).
 */
import type { Role } from '../org/roles.js';
import type { NoticeEvent } from './notices.js';
import type { Action, Status } from './vocabulary.js';

/** The fields of an action's form at the desk, besides the note. */
export type FormField =
  | 'assignee' // the specialist to assign (empty: automatic)
  | 'unit' // the unit to transfer to or to ask
  | 'deadline' // when the asked unit must answer
  | 'taxSlip' // the information slip on land, when the unit receiving the transfer asks for it
  | 'taxNotice' // the Tax office's notice, when the dossier went there with a slip
  | 'newDue' // the new due instant of an extension
  | 'returnedTo' // who took the result
  | 'documents' // the papers brought back
  | 'question'; // the question the officer's unit was asked

/** Who appears as the receiver of a hand-off on the control slip. */
export type SlipReceiver =
  | 'officer' // the officer who took the action (the applicant handed the dossier over)
  | 'sameUnit' // the unit that took the action
  | 'assignee' // the specialist assigned
  | 'targetUnit' // the unit transferred to or asked
  | 'returnUnit' // the unit the dossier comes back to
  | 'handlingUnit' // the unit handling the dossier
  | 'receivingUnit' // the unit that received the dossier (it returns the result)
  | 'applicant'; // the citizen

export interface ActionSpec {
  /** The button, the log's line and the messages that name the action. */
  readonly label: string;
  /**
   * Where the action takes the dossier: a status; back to where it was before a supplement or a transfer (`resume`,
   * with the status to use when none was recorded); or nowhere (`stay`).
   */
  readonly to: Status | 'stay' | { readonly resume: Status };
  /** What else the folded state keeps (lifecycle.ts's `stateSteps`). */
  readonly fold?: string;
  /** The roles that may take it, held in the unit handling the dossier (or, `atConsultedUnit`, in the unit asked). */
  readonly roles: readonly Role[];
  /** Appraisal is the assignee's: anyone else has the leader reassign the dossier first. */
  readonly assigneeOnly?: true;
  readonly atConsultedUnit?: true;
  /** Whether it must say why (the reasons go on the printed notice): refused without a note. */
  readonly note: 'required' | 'optional';
  /** The citizen's notice the action queues. */
  readonly notice?: NoticeEvent;
  /** What it does besides the log: the clock, the unit, the assignee (src/services/dossier/actions/effects.ts). */
  readonly effect?: string;
  /** The tasks it opens or closes (src/services/dossier/tasks/tasks.ts). */
  readonly task?: string;
  /** Its row on the process control slip (Mẫu 06); `moves`: the dossier changes hands. */
  readonly slip?: { readonly step: string; readonly receiver: SlipReceiver; readonly moves?: true };
  /** The desk's form: its fields, what the note is called and what is said when it is missing, the button's look. */
  readonly form: {
    readonly fields?: readonly FormField[];
    readonly noteLabel?: string;
    readonly noteMissing?: string;
    readonly look?: 'danger' | 'forward';
  };
}

export const ACTIONS = {
  submit_online: { label: 'Nộp trực tuyến', to: 'submitted', roles: [], note: 'optional', form: {} },
  receive: {
    label: 'Tiếp nhận',
    to: 'received',
    roles: ['reception_officer'],
    note: 'optional',
    notice: 'dossier_received',
    effect: 'startClock',
    slip: { step: 'Tiếp nhận hồ sơ', receiver: 'officer' },
    form: {},
  },
  request_supplement: {
    label: 'Yêu cầu bổ sung',
    to: 'supplement_requested',
    fold: 'holdForSupplement',
    roles: ['reception_officer', 'specialist'],
    note: 'required',
    notice: 'supplement_requested',
    effect: 'pauseForSupplement',
    slip: { step: 'Yêu cầu bổ sung hồ sơ', receiver: 'applicant' },
    form: {
      noteLabel: 'Nội dung cần bổ sung, hoàn thiện',
      noteMissing: 'Cần ghi rõ nội dung cần bổ sung.',
    },
  },
  receive_supplement: {
    label: 'Nhận hồ sơ bổ sung',
    to: { resume: 'received' },
    roles: ['reception_officer'],
    note: 'optional',
    effect: 'takeSupplement',
    task: 'resumeShare',
    slip: { step: 'Nhận hồ sơ bổ sung', receiver: 'sameUnit' },
    form: {
      fields: ['documents'],
      noteLabel: 'Nội dung bổ sung, lý do tiếp nhận',
      noteMissing:
        'Đánh dấu giấy tờ đã nhận; giấy tờ chưa đánh dấu thì ghi rõ nội dung đã bổ sung và lý do vẫn tiếp nhận.',
      look: 'forward',
    },
  },
  refuse: {
    label: 'Từ chối',
    to: 'refused',
    roles: ['reception_officer', 'specialist', 'leader'],
    note: 'required',
    notice: 'dossier_refused',
    slip: { step: 'Từ chối', receiver: 'applicant' },
    form: { noteLabel: 'Lý do từ chối', look: 'danger' },
  },
  assign: {
    label: 'Phân công',
    to: 'in_appraisal',
    roles: ['leader'],
    note: 'optional',
    effect: 'assignSpecialist',
    task: 'assignTask',
    slip: { step: 'Phân công xử lý', receiver: 'assignee' },
    form: { fields: ['assignee'], look: 'forward' },
  },
  appraise: {
    label: 'Thẩm định',
    to: 'awaiting_approval',
    roles: ['specialist'],
    assigneeOnly: true,
    note: 'optional',
    effect: 'takeIfUnassigned',
    slip: { step: 'Thẩm định, trình phê duyệt', receiver: 'sameUnit' },
    form: { noteLabel: 'Ý kiến thẩm định', look: 'forward' },
  },
  send_back: {
    label: 'Trả lại để thẩm định lại',
    to: 'in_appraisal',
    roles: ['leader'],
    note: 'required',
    slip: { step: 'Trả lại để thẩm định lại', receiver: 'sameUnit' },
    form: { noteLabel: 'Nội dung cần thẩm định lại' },
  },
  approve: {
    label: 'Phê duyệt',
    to: 'approved',
    roles: ['leader'],
    note: 'optional',
    slip: { step: 'Phê duyệt', receiver: 'sameUnit' },
    form: { noteLabel: 'Ý kiến phê duyệt', look: 'forward' },
  },
  transfer: {
    label: 'Chuyển liên thông',
    to: 'transferred',
    fold: 'holdForTransfer',
    roles: ['specialist', 'leader'],
    note: 'optional',
    effect: 'sendToUnit',
    task: 'handOver',
    slip: { step: 'Chuyển liên thông', receiver: 'targetUnit', moves: true },
    form: { fields: ['unit', 'taxSlip'], noteLabel: 'Nội dung đề nghị cơ quan phối hợp' },
  },
  transfer_back: {
    label: 'Trả về từ liên thông',
    to: { resume: 'in_appraisal' },
    roles: ['specialist', 'leader'],
    note: 'optional',
    effect: 'returnFromUnit',
    task: 'takeBack',
    slip: { step: 'Trả kết quả liên thông', receiver: 'returnUnit', moves: true },
    form: {
      fields: ['taxNotice'],
      noteLabel: 'Nội dung trả lời, kết quả liên thông',
      look: 'forward',
    },
  },
  request_payment: {
    label: 'Yêu cầu nộp phí, nghĩa vụ tài chính',
    to: 'awaiting_payment',
    roles: ['reception_officer', 'specialist'],
    note: 'optional',
    form: {},
  },
  record_payment: {
    label: 'Ghi nhận đã nộp',
    to: 'approved',
    roles: ['reception_officer'],
    note: 'optional',
    form: { look: 'forward' },
  },
  extend: {
    label: 'Gia hạn, xin lỗi',
    to: 'stay',
    fold: 'countExtension',
    roles: ['leader'],
    note: 'required',
    notice: 'extension_apology',
    effect: 'extendDue',
    task: 'extendShare',
    form: { fields: ['newDue'], noteLabel: 'Lý do chậm và lời xin lỗi' },
  },
  stop: {
    label: 'Dừng xử lý',
    to: 'stopped',
    roles: ['leader'],
    note: 'required',
    notice: 'processing_stopped',
    slip: { step: 'Dừng xử lý', receiver: 'applicant' },
    form: { noteLabel: 'Lý do dừng xử lý', look: 'danger' },
  },
  withdraw: {
    label: 'Rút hồ sơ',
    to: 'withdrawn',
    roles: ['reception_officer'],
    note: 'required',
    slip: { step: 'Rút hồ sơ', receiver: 'applicant' },
    form: { noteLabel: 'Lý do công dân rút hồ sơ', look: 'danger' },
  },
  record_result: {
    label: 'Cập nhật kết quả',
    to: 'result_ready',
    roles: ['specialist', 'leader'],
    note: 'optional',
    slip: { step: 'Chuyển kết quả về bộ phận trả kết quả', receiver: 'receivingUnit' },
    form: { noteLabel: 'Số, ký hiệu văn bản kết quả', look: 'forward' },
  },
  notify_result: {
    label: 'Thông báo có kết quả',
    to: 'stay',
    fold: 'markNotified',
    roles: ['reception_officer'],
    note: 'optional',
    notice: 'result_ready',
    form: {},
  },
  send_by_post: {
    label: 'Gửi kết quả qua bưu chính',
    to: 'posting',
    roles: ['reception_officer'],
    note: 'optional',
    slip: { step: 'Gửi kết quả qua bưu chính', receiver: 'applicant' },
    form: {},
  },
  return_result: {
    label: 'Trả kết quả',
    to: 'returned',
    roles: ['reception_officer'],
    note: 'optional',
    notice: 'result_returned',
    effect: 'recordRecipient',
    slip: { step: 'Trả kết quả cho người nộp', receiver: 'applicant' },
    form: { fields: ['returnedTo'], noteLabel: 'Ghi chú khi trả kết quả', look: 'forward' },
  },
  consult: {
    label: 'Xin ý kiến',
    to: 'stay',
    fold: 'openConsult',
    roles: ['specialist', 'leader'],
    note: 'required',
    effect: 'askUnit',
    task: 'openConsultation',
    slip: { step: 'Xin ý kiến', receiver: 'targetUnit' },
    form: {
      fields: ['unit', 'deadline'],
      noteLabel: 'Nội dung xin ý kiến',
      noteMissing: 'Cần ghi nội dung xin ý kiến.',
    },
  },
  answer_consult: {
    label: 'Trả lời xin ý kiến',
    to: 'stay',
    fold: 'closeConsult',
    roles: ['specialist', 'leader'],
    atConsultedUnit: true,
    note: 'required',
    task: 'closeConsultation',
    slip: { step: 'Trả lời xin ý kiến', receiver: 'handlingUnit' },
    form: {
      fields: ['question'],
      noteLabel: 'Nội dung trả lời',
      noteMissing: 'Cần ghi nội dung trả lời.',
    },
  },
} as const satisfies Record<Action, ActionSpec>;

type Row = (typeof ACTIONS)[Action];
/** The names of the effects, task effects and state steps the table uses: each service map is typed by them. */
export type ActionEffect = Extract<Row, { effect: string }>['effect'];
export type TaskEffect = Extract<Row, { task: string }>['task'];
export type StateStep = Extract<Row, { fold: string }>['fold'];

/** The row of `action`, typed as any row (the table's own type keeps each row's literals). */
export const actionSpec = (action: Action): ActionSpec => ACTIONS[action];

/** The label of every action (the button, the log, the history). */
export const actionLabels = Object.fromEntries(
  Object.entries(ACTIONS).map(([a, s]) => [a, s.label]),
) as Record<Action, string>;

/** Actions that must say why (the reasons go on the printed notice): the server refuses them without a note. */
export const actionsNeedingNote: readonly Action[] = actionsWhere((s) => s.note === 'required');

/** The actions whose row satisfies `test`, in the table's order. */
export function actionsWhere(test: (s: ActionSpec) => boolean): Action[] {
  return (Object.keys(ACTIONS) as Action[]).filter((a) => test(actionSpec(a)));
}

/** Whether the desk's form of `action` has `field`. */
export function hasField(action: Action, field: FormField): boolean {
  return actionSpec(action).form.fields?.includes(field) ?? false;
}

/** What the note is called on the form, and what the officer is told when a required one is left empty. */
export function noteWording(action: Action): { label: string; missing: string } {
  const form = actionSpec(action).form;
  return { label: form.noteLabel ?? 'Ghi chú', missing: form.noteMissing ?? 'Cần ghi rõ lý do.' };
}

/** The look of the action's button: dangerous (it ends or sets back the dossier), the step forward, or plain. */
export const buttonLook = (action: Action): 'danger' | 'forward' | undefined => actionSpec(action).form.look;
