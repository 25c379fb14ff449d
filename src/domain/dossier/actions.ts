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
  /**
   * Whether it must say why (the reasons go on the printed notice): refused without a note. `whenPapersMissing`
   * (receiving a supplement): needed when a missing paper is left unticked, or when none was missing.
   */
  readonly note: 'required' | 'optional' | 'whenPapersMissing';
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

/** A row's slip line as written below: the step is the action's label unless it says otherwise. */
type SlipOwn = Omit<NonNullable<ActionSpec['slip']>, 'step'> & { readonly step?: string };

/** What a row states beyond its label, destination and roles; the rest is the default (an optional note, no fields). */
type Own = Omit<Partial<ActionSpec>, 'label' | 'to' | 'roles' | 'slip'> & { readonly slip?: SlipOwn };

/** The row built from what it states: `own` keeps its literal names (the effect, task and step maps are typed by them). */
type Built<O extends Own> = Pick<ActionSpec, 'label' | 'to' | 'roles' | 'note' | 'form'> &
  Omit<O, 'slip'> &
  (O extends { slip: SlipOwn } ? { readonly slip: NonNullable<ActionSpec['slip']> } : unknown);

function act<const O extends Own = Record<never, never>>(
  label: string,
  to: ActionSpec['to'],
  roles: readonly Role[],
  own?: O,
): Built<O> {
  const { slip, ...rest } = own ?? {};
  return {
    label,
    to,
    roles,
    note: 'optional',
    form: {},
    ...rest,
    ...(slip ? { slip: { step: label, ...slip } } : {}),
  } as Built<O>;
}

/** An action that ends the dossier, the reasons going to the applicant: the note is required, the button red. */
function ending(label: string, to: Status, roles: readonly Role[], noteLabel: string, notice?: NoticeEvent) {
  return act(label, to, roles, {
    note: 'required',
    ...(notice ? { notice } : {}),
    slip: { receiver: 'applicant' },
    form: { noteLabel, look: 'danger' },
  });
}

export const ACTIONS = {
  submit_online: act('Nộp trực tuyến', 'submitted', []),
  receive: act('Tiếp nhận', 'received', ['reception_officer'], {
    notice: 'dossier_received',
    effect: 'startClock',
    slip: { step: 'Tiếp nhận hồ sơ', receiver: 'officer' },
  }),
  request_supplement: act('Yêu cầu bổ sung', 'supplement_requested', ['reception_officer', 'specialist'], {
    fold: 'holdForSupplement',
    note: 'required',
    notice: 'supplement_requested',
    effect: 'pauseForSupplement',
    slip: { step: 'Yêu cầu bổ sung hồ sơ', receiver: 'applicant' },
    form: {
      noteLabel: 'Nội dung cần bổ sung, hoàn thiện',
      noteMissing: 'Cần ghi rõ nội dung cần bổ sung.',
    },
  }),
  receive_supplement: act('Nhận hồ sơ bổ sung', { resume: 'received' }, ['reception_officer'], {
    note: 'whenPapersMissing',
    effect: 'takeSupplement',
    task: 'resumeShare',
    slip: { receiver: 'sameUnit' },
    form: {
      fields: ['documents'],
      noteLabel: 'Nội dung bổ sung, lý do tiếp nhận',
      noteMissing:
        'Đánh dấu giấy tờ đã nhận; giấy tờ chưa đánh dấu thì ghi rõ nội dung đã bổ sung và lý do vẫn tiếp nhận.',
      look: 'forward',
    },
  }),
  refuse: ending(
    'Từ chối',
    'refused',
    ['reception_officer', 'specialist', 'leader'],
    'Lý do từ chối',
    'dossier_refused',
  ),
  assign: act('Phân công', 'in_appraisal', ['leader'], {
    effect: 'assignSpecialist',
    task: 'assignTask',
    slip: { step: 'Phân công xử lý', receiver: 'assignee' },
    form: { fields: ['assignee'], look: 'forward' },
  }),
  appraise: act('Thẩm định', 'awaiting_approval', ['specialist'], {
    assigneeOnly: true,
    effect: 'takeIfUnassigned',
    slip: { step: 'Thẩm định, trình phê duyệt', receiver: 'sameUnit' },
    form: { noteLabel: 'Ý kiến thẩm định', look: 'forward' },
  }),
  send_back: act('Trả lại để thẩm định lại', 'in_appraisal', ['leader'], {
    note: 'required',
    slip: { receiver: 'sameUnit' },
    form: { noteLabel: 'Nội dung cần thẩm định lại' },
  }),
  approve: act('Phê duyệt', 'approved', ['leader'], {
    slip: { receiver: 'sameUnit' },
    form: { noteLabel: 'Ý kiến phê duyệt', look: 'forward' },
  }),
  transfer: act('Chuyển liên thông', 'transferred', ['specialist', 'leader'], {
    fold: 'holdForTransfer',
    effect: 'sendToUnit',
    task: 'handOver',
    slip: { receiver: 'targetUnit', moves: true },
    form: { fields: ['unit', 'taxSlip'], noteLabel: 'Nội dung đề nghị cơ quan phối hợp' },
  }),
  transfer_back: act('Trả về từ liên thông', { resume: 'in_appraisal' }, ['specialist', 'leader'], {
    effect: 'returnFromUnit',
    task: 'takeBack',
    slip: { step: 'Trả kết quả liên thông', receiver: 'returnUnit', moves: true },
    form: {
      fields: ['taxNotice'],
      noteLabel: 'Nội dung trả lời, kết quả liên thông',
      look: 'forward',
    },
  }),
  request_payment: act(
    'Yêu cầu nộp phí, nghĩa vụ tài chính',
    'awaiting_payment',
    ['reception_officer', 'specialist'],
    { effect: 'openPaymentRequest' },
  ),
  record_payment: act('Ghi nhận đã nộp', 'approved', ['reception_officer'], { form: { look: 'forward' } }),
  extend: act('Gia hạn, xin lỗi', 'stay', ['leader'], {
    fold: 'countExtension',
    note: 'required',
    notice: 'extension_apology',
    effect: 'extendDue',
    task: 'extendShare',
    form: { fields: ['newDue'], noteLabel: 'Lý do chậm và lời xin lỗi' },
  }),
  stop: ending('Dừng xử lý', 'stopped', ['leader'], 'Lý do dừng xử lý', 'processing_stopped'),
  withdraw: ending('Rút hồ sơ', 'withdrawn', ['reception_officer'], 'Lý do công dân rút hồ sơ'),
  record_result: act('Cập nhật kết quả', 'result_ready', ['specialist', 'leader'], {
    slip: { step: 'Chuyển kết quả về bộ phận trả kết quả', receiver: 'receivingUnit' },
    form: { noteLabel: 'Số, ký hiệu văn bản kết quả', look: 'forward' },
  }),
  notify_result: act('Thông báo có kết quả', 'stay', ['reception_officer'], {
    fold: 'markNotified',
    notice: 'result_ready',
  }),
  send_by_post: act('Gửi kết quả qua bưu chính', 'posting', ['reception_officer'], {
    slip: { receiver: 'applicant' },
  }),
  return_result: act('Trả kết quả', 'returned', ['reception_officer'], {
    notice: 'result_returned',
    effect: 'recordRecipient',
    slip: { step: 'Trả kết quả cho người nộp', receiver: 'applicant' },
    form: { fields: ['returnedTo'], noteLabel: 'Ghi chú khi trả kết quả', look: 'forward' },
  }),
  consult: act('Xin ý kiến', 'stay', ['specialist', 'leader'], {
    fold: 'openConsult',
    note: 'required',
    effect: 'askUnit',
    task: 'openConsultation',
    slip: { receiver: 'targetUnit' },
    form: {
      fields: ['unit', 'deadline'],
      noteLabel: 'Nội dung xin ý kiến',
      noteMissing: 'Cần ghi nội dung xin ý kiến.',
    },
  }),
  answer_consult: act('Trả lời xin ý kiến', 'stay', ['specialist', 'leader'], {
    fold: 'closeConsult',
    atConsultedUnit: true,
    note: 'required',
    task: 'closeConsultation',
    slip: { receiver: 'handlingUnit' },
    form: {
      fields: ['question'],
      noteLabel: 'Nội dung trả lời',
      noteMissing: 'Cần ghi nội dung trả lời.',
    },
  }),
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
