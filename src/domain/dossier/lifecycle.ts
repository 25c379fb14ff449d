/**
 * The lifecycle of a dossier: its statuses, the actions on it, and ONE declarative table of which action is allowed
 * in which status. The server refuses anything else (409 naming the allowed actions) and the browser shows only the
 * allowed buttons. The status is never stored on its own authority: it is derived by folding the append-only log.
 */

export const statuses = [
  'submitted', // online, not yet accepted by an officer
  'received', // accepted at the desk (receipt issued), not yet assigned
  'supplement_requested', // waiting for the applicant to complete the dossier
  'in_appraisal', // a specialist appraises it
  'awaiting_approval', // appraised, waiting for the leader
  'transferred', // with another agency (liên thông)
  'approved', // approved, the result is being prepared
  'awaiting_payment', // fees or financial obligations to pay before the result
  'result_ready', // the result is at the desk
  'posting', // the result is on its way by post
  'returned', // the result was handed over (done)
  'refused', // refused, with reasons
  'withdrawn', // the applicant withdrew it
  'stopped', // processing stopped
] as const;
export type Status = (typeof statuses)[number];

export const actions = [
  'submit_online',
  'receive',
  'request_supplement',
  'receive_supplement',
  'refuse',
  'assign',
  'appraise',
  'send_back',
  'approve',
  'transfer',
  'transfer_back',
  'request_payment',
  'record_payment',
  'extend',
  'stop',
  'withdraw',
  'record_result',
  'notify_result',
  'send_by_post',
  'return_result',
  'consult',
  'answer_consult',
] as const;
export type Action = (typeof actions)[number];

/** Actions that open a dossier (the first entry of every log). */
export const openingActions = ['submit_online', 'receive', 'request_supplement', 'refuse'] as const;
export type OpeningAction = (typeof openingActions)[number];
/** Actions that must say why (the reasons go on the printed notice): the server refuses them without a note. */
export const actionsNeedingNote: readonly Action[] = [
  'refuse',
  'stop',
  'request_supplement',
  'extend',
  'withdraw',
  'send_back',
  'consult',
  'answer_consult',
];

/** Which actions are allowed in each status. Terminal statuses allow nothing. */
export const transitions = {
  submitted: ['receive', 'request_supplement', 'refuse', 'withdraw'],
  received: [
    'assign',
    'request_supplement',
    'refuse',
    'transfer',
    'extend',
    'stop',
    'withdraw',
    'consult',
    'answer_consult',
  ],
  supplement_requested: ['receive_supplement', 'refuse', 'withdraw', 'answer_consult'],
  in_appraisal: [
    'assign',
    'appraise',
    'request_supplement',
    'refuse',
    'transfer',
    'extend',
    'stop',
    'withdraw',
    'consult',
    'answer_consult',
  ],
  awaiting_approval: [
    'approve',
    'send_back',
    'refuse',
    'extend',
    'stop',
    'withdraw',
    'consult',
    'answer_consult',
  ],
  transferred: ['transfer_back', 'extend', 'stop', 'withdraw', 'consult', 'answer_consult'],
  approved: ['record_result', 'request_payment', 'extend', 'stop', 'answer_consult'],
  awaiting_payment: ['record_payment', 'stop', 'withdraw', 'answer_consult'],
  result_ready: ['notify_result', 'send_by_post', 'return_result'],
  posting: ['return_result'],
  returned: [],
  refused: [],
  withdrawn: [],
  stopped: [],
} as const satisfies Record<Status, readonly Action[]>;

export const terminalStatuses = statuses.filter((s) => transitions[s].length === 0);

/** The state folded from the log. */
export interface DossierState {
  status: Status;
  /** The status a supplement or a transfer returns to. */
  resumeTo: Status | null;
  /** Extensions granted so far (at most one). */
  extensions: number;
  /** Whether the applicant was told the result is ready. */
  notified: boolean;
  /** Supplement requests so far (more than one counts as late in the indices). */
  supplements: number;
  /** Number of log entries folded (the dossier's version). */
  version: number;
  /** Consultations asked and not yet answered (absent = 0, in states stored before consultations existed). */
  openConsults?: number;
}

/** One log entry, as far as the lifecycle cares. */
export interface LoggedAction {
  action: Action;
}

/** Statuses reached by simple actions; actions not listed return (`resumeTo`) or keep the status. */
const target = {
  submit_online: 'submitted',
  receive: 'received',
  request_supplement: 'supplement_requested',
  refuse: 'refused',
  assign: 'in_appraisal',
  appraise: 'awaiting_approval',
  send_back: 'in_appraisal',
  approve: 'approved',
  transfer: 'transferred',
  request_payment: 'awaiting_payment',
  record_payment: 'approved',
  stop: 'stopped',
  withdraw: 'withdrawn',
  record_result: 'result_ready',
  send_by_post: 'posting',
  return_result: 'returned',
} as const satisfies Partial<Record<Action, Status>>;

/** Actions allowed now: the table, narrowed by the once-only rules (one extension, one notice). */
export function allowedActions(state: DossierState | undefined): readonly Action[] {
  if (!state) return openingActions;
  return transitions[state.status].filter(
    (a: Action) =>
      !(a === 'extend' && state.extensions > 0) &&
      !(a === 'notify_result' && state.notified) &&
      !(a === 'answer_consult' && !state.openConsults),
  );
}

export function isAllowed(state: DossierState | undefined, action: Action): boolean {
  return allowedActions(state).includes(action);
}

export class ActionNotAllowedError extends Error {
  constructor(
    readonly action: Action,
    readonly status: Status | null,
    readonly allowed: readonly Action[],
  ) {
    super(`action ${action} is not allowed in status ${status ?? '(new)'}`);
    this.name = 'ActionNotAllowedError';
  }
}

/** The state after `action`; throws ActionNotAllowedError when the table forbids it. */
export function applyToState(state: DossierState | undefined, action: Action): DossierState {
  if (!isAllowed(state, action)) {
    throw new ActionNotAllowedError(action, state?.status ?? null, allowedActions(state));
  }
  const base: DossierState = state ?? {
    status: 'submitted',
    resumeTo: null,
    extensions: 0,
    notified: false,
    supplements: 0,
    version: 0,
  };
  const next: DossierState = { ...base, version: base.version + 1 };
  if (action === 'request_supplement') {
    // Requested at the desk before any receipt: once complete, the dossier is received.
    next.resumeTo = state ? state.status : 'received';
    next.supplements += 1;
    next.status = 'supplement_requested';
  } else if (action === 'receive_supplement') {
    next.status = base.resumeTo ?? 'received';
    next.resumeTo = null;
  } else if (action === 'transfer') {
    next.resumeTo = base.status === 'received' ? 'in_appraisal' : base.status;
    next.status = 'transferred';
  } else if (action === 'transfer_back') {
    next.status = base.resumeTo ?? 'in_appraisal';
    next.resumeTo = null;
  } else if (action === 'extend') {
    next.extensions += 1;
  } else if (action === 'notify_result') {
    next.notified = true;
  } else if (action === 'consult') {
    // A consultation keeps the status: the dossier stays where it is while another unit gives its opinion.
    next.openConsults = (base.openConsults ?? 0) + 1;
  } else if (action === 'answer_consult') {
    next.openConsults = (base.openConsults ?? 0) - 1;
  } else {
    next.status = target[action];
  }
  return next;
}

/** The state derived from the whole log, oldest entry first; undefined for an empty log. */
export function foldActions(log: readonly LoggedAction[]): DossierState | undefined {
  let state: DossierState | undefined;
  for (const entry of log) state = applyToState(state, entry.action);
  return state;
}

/** Status keys of the national portal (DVCQG). */
export const portalStatusKeys = [
  'receiving',
  'new',
  'denied',
  'processing',
  'waiting',
  'paying',
  'cancelled',
  'unresolved',
  'releasing',
  'done',
  'interoperating',
  'posting',
] as const;
export type PortalStatusKey = (typeof portalStatusKeys)[number];

export const portalStatus = {
  submitted: 'receiving',
  received: 'new',
  supplement_requested: 'waiting',
  in_appraisal: 'processing',
  awaiting_approval: 'processing',
  transferred: 'interoperating',
  approved: 'processing',
  awaiting_payment: 'paying',
  result_ready: 'releasing',
  posting: 'posting',
  returned: 'done',
  refused: 'denied',
  withdrawn: 'cancelled',
  stopped: 'unresolved',
} as const satisfies Record<Status, PortalStatusKey>;

export const statusLabels = {
  submitted: 'Chờ tiếp nhận',
  received: 'Đã tiếp nhận',
  supplement_requested: 'Chờ bổ sung hồ sơ',
  in_appraisal: 'Đang thẩm định',
  awaiting_approval: 'Chờ phê duyệt',
  transferred: 'Đang xử lý liên thông',
  approved: 'Đã phê duyệt',
  awaiting_payment: 'Chờ thực hiện nghĩa vụ tài chính',
  result_ready: 'Có kết quả, chờ trả',
  posting: 'Đang gửi kết quả qua bưu chính',
  returned: 'Đã trả kết quả',
  refused: 'Từ chối',
  withdrawn: 'Đã rút hồ sơ',
  stopped: 'Dừng xử lý',
} as const satisfies Record<Status, string>;

export const actionLabels = {
  submit_online: 'Nộp trực tuyến',
  receive: 'Tiếp nhận',
  request_supplement: 'Yêu cầu bổ sung',
  receive_supplement: 'Nhận hồ sơ bổ sung',
  refuse: 'Từ chối',
  assign: 'Phân công',
  appraise: 'Thẩm định',
  send_back: 'Trả lại để thẩm định lại',
  approve: 'Phê duyệt',
  transfer: 'Chuyển liên thông',
  transfer_back: 'Trả về từ liên thông',
  request_payment: 'Yêu cầu nộp phí, nghĩa vụ tài chính',
  record_payment: 'Ghi nhận đã nộp',
  extend: 'Gia hạn, xin lỗi',
  stop: 'Dừng xử lý',
  withdraw: 'Rút hồ sơ',
  record_result: 'Cập nhật kết quả',
  notify_result: 'Thông báo có kết quả',
  send_by_post: 'Gửi kết quả qua bưu chính',
  return_result: 'Trả kết quả',
  consult: 'Xin ý kiến',
  answer_consult: 'Trả lời xin ý kiến',
} as const satisfies Record<Action, string>;
