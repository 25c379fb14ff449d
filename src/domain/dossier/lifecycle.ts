/**
 * The lifecycle of a dossier: its statuses, the actions on it, and ONE declarative table of which action is allowed
 * in which status. The server refuses anything else (409 naming the allowed actions) and the browser shows only the
 * allowed buttons. The status is never stored on its own authority: it is derived by folding the append-only log.
 * Where each action takes the dossier, and everything else it does, is its row in actions.ts.
 */

import { ACTIONS, type StateStep } from './actions.js';
import { statuses, type Action, type Status } from './vocabulary.js';

export { actions, statuses, type Action, type Status } from './vocabulary.js';
export { actionLabels, actionsNeedingNote } from './actions.js';

/** Actions that open a dossier (the first entry of every log). */
export const openingActions = ['submit_online', 'receive', 'request_supplement', 'refuse'] as const;
export type OpeningAction = (typeof openingActions)[number];

/** What a received dossier allows until it is appraised, after its own actions (assigning, appraising). */
const whileHandled = [
  'request_supplement',
  'refuse',
  'transfer',
  'extend',
  'stop',
  'withdraw',
  'consult',
  'answer_consult',
] as const;

/** Which actions are allowed in each status. Terminal statuses allow nothing. */
export const transitions = {
  submitted: ['receive', 'request_supplement', 'refuse', 'withdraw'],
  received: ['assign', ...whileHandled],
  supplement_requested: ['receive_supplement', 'refuse', 'withdraw', 'answer_consult'],
  in_appraisal: ['assign', 'appraise', ...whileHandled],
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

/** What else the folded state keeps, by the name the action's row gives (actions.ts). */
const stateSteps = {
  // Requested at the desk before any receipt: once complete, the dossier is received.
  holdForSupplement: (next, _base, state) => {
    next.resumeTo = state ? state.status : 'received';
    next.supplements += 1;
  },
  holdForTransfer: (next, base) => {
    next.resumeTo = base.status === 'received' ? 'in_appraisal' : base.status;
  },
  countExtension: (next) => {
    next.extensions += 1;
  },
  markNotified: (next) => {
    next.notified = true;
  },
  // A consultation keeps the status: the dossier stays where it is while another unit gives its opinion.
  openConsult: (next, base) => {
    next.openConsults = (base.openConsults ?? 0) + 1;
  },
  closeConsult: (next, base) => {
    next.openConsults = (base.openConsults ?? 0) - 1;
  },
} satisfies Record<
  StateStep,
  (next: DossierState, base: DossierState, state: DossierState | undefined) => void
>;

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
  const row = ACTIONS[action];
  if (typeof row.to === 'object') {
    next.status = base.resumeTo ?? row.to.resume;
    next.resumeTo = null;
  } else if (row.to !== 'stay') {
    next.status = row.to;
  }
  if ('fold' in row) stateSteps[row.fold](next, base, state);
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
