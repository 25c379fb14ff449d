/**
 * The hotline's contract between the server (src/http/hotline) and the consoles (web/src/desk/hotline): the PBX
 * event, and what the staff API returns. The server's TypeBox schemas must describe exactly these shapes.
 */

/** The PBX's view of a call: one event per state change, posted to `POST /api/hotline/events`. */
export const callEventKinds = ['ringing', 'answered', 'transferred', 'hangup'] as const;
export type CallEventKind = (typeof callEventKinds)[number];

export interface CallEvent {
  /** The PBX's id of the call (Asterisk's Linkedid/Uniqueid, FreeSWITCH's call UUID): 1–100 printable characters. */
  callId: string;
  event: CallEventKind;
  /** When it happened at the PBX (ISO 8601 with offset). Events may arrive out of order; this orders them. */
  at: string;
  /** `ringing`: the caller's number as the PBX gives it (0912…, +84912…, 84912…, 02373…). */
  caller?: string;
  /** `ringing`: the public number dialled; it names the unit whose hotline this is. */
  called?: string;
  /** `answered`: the extension that picked up; `transferred`: the extension it came from. */
  extension?: string;
  /** `transferred`: the extension it went to. */
  toExtension?: string;
  /** `hangup`: seconds from ringing to hang-up as the PBX counted them. */
  durationSeconds?: number;
}

/**
 * Where a call is: `ringing` (nobody answered yet), `answered` (with the operator), `transferred` (with a
 * specialist), `ended` (hung up after an answer), `missed` (hung up before any answer: a callback is queued).
 */
export const callStatuses = ['ringing', 'answered', 'transferred', 'ended', 'missed'] as const;
export type CallStatus = (typeof callStatuses)[number];

export const presenceStates = ['available', 'busy', 'away'] as const;
export type Presence = (typeof presenceStates)[number];

export const callOutcomes = ['guided', 'callback_needed', 'complaint', 'other'] as const;
export type CallOutcome = (typeof callOutcomes)[number];

export const callOutcomeLabels: Record<CallOutcome, string> = {
  guided: 'Đã hướng dẫn',
  callback_needed: 'Cần gọi lại',
  complaint: 'Phản ánh, khiếu nại',
  other: 'Khác',
};

export const presenceLabels: Record<Presence, string> = {
  available: 'Sẵn sàng',
  busy: 'Đang bận',
  away: 'Vắng mặt',
};

/** One person's hand of a call: the operator's answer, then each transfer. */
export interface CallLeg {
  extension: string;
  staffId: string | null;
  staffName: string | null;
  fieldCode: string | null;
  /** The operator's note for the specialist (on a transfer). */
  note: string | null;
  startedAt: string;
  endedAt: string | null;
}

export interface CallView {
  id: string;
  /** Short reference people can read over the phone (no 0/O, 1/I), e.g. `GQ7K-2M`. */
  reference: string;
  unitId: string;
  /** `+84…` when the number could be normalised, else the digits as received. */
  phone: string;
  /** The number as people write it (0912 345 678). */
  phoneDisplay: string;
  callerName: string | null;
  status: CallStatus;
  fieldCode: string | null;
  startedAt: string;
  answeredAt: string | null;
  endedAt: string | null;
  /** Seconds from ringing to the first answer (or to the hang-up of a missed call). */
  waitSeconds: number | null;
  legs: CallLeg[];
  outcome: CallOutcome | null;
  outcomeNote: string | null;
  /** Procedure codes whose checklist was sent during the call. */
  checklistsSent: string[];
}

/**
 * `GET /api/hotline/screen-pop?phone=…`: what the hotline of a unit may know about a caller, newest first — their
 * name, and their records of that unit and the units below it (a dossier when its receiving or handling unit is).
 */
export interface ScreenPop {
  phone: string;
  phoneDisplay: string;
  person: { id: string; fullName: string } | null;
  dossiers: {
    code: string;
    procedureName: string;
    status: string;
    statusLabel: string;
    receivedAt: string | null;
    dueAt: string | null;
  }[];
  tickets: { id: string; number: string; unitName: string; status: string; issuedAt: string }[];
  appointments: { code: string; procedureName: string | null; startsAt: string; status: string }[];
  calls: {
    id: string;
    reference: string;
    startedAt: string;
    status: CallStatus;
    outcome: CallOutcome | null;
  }[];
  /** How many of the caller's records belong to other units: counted only, nothing else about them is shown. */
  elsewhere: { dossiers: number; appointments: number; tickets: number; calls: number };
}

/** `GET /api/hotline/units`: a unit whose hotline the signed-in person may read; `canWork`: and work its calls. */
export interface HotlineUnitOption {
  id: string;
  name: string;
  canWork: boolean;
}

/** `GET /api/hotline/directory?field=…`: who can take a call, by field, with presence. */
export interface DirectoryEntry {
  staffId: string;
  fullName: string;
  extension: string;
  unitId: string;
  unitName: string;
  fieldCodes: string[];
  presence: Presence;
  /** A call is with them now. */
  onCall: boolean;
}

export interface Callback {
  id: string;
  callId: string;
  reference: string;
  phone: string;
  phoneDisplay: string;
  callerName: string | null;
  reason: 'missed' | 'requested';
  dueAt: string;
  overdue: boolean;
  doneAt: string | null;
  doneBy: string | null;
  note: string | null;
}

/** Share of callers whose next dossier (same phone, within 30 days) was received with no supplement or refusal. */
export interface FirstVisitRate {
  dossiers: number;
  cameOnce: number;
  /** cameOnce / dossiers, 0–1; null when there is no dossier. */
  rate: number | null;
}

/** `GET /api/hotline/stats?unitId=&from=YYYY-MM-DD&to=YYYY-MM-DD`: the hotline dashboard. */
export interface HotlineStats {
  from: string;
  to: string;
  calls: number;
  answered: number;
  missed: number;
  answerRate: number | null;
  missedRate: number | null;
  averageWaitSeconds: number | null;
  perDay: { date: string; fieldCode: string | null; calls: number; missed: number }[];
  firstVisit: {
    callers: FirstVisitRate;
    /** Dossiers in the same period whose applicant had not called first. */
    nonCallers: FirstVisitRate;
    byField: (FirstVisitRate & { fieldCode: string; fieldName: string })[];
    bySpecialist: (FirstVisitRate & { staffId: string; fullName: string })[];
  };
}

/** Frames of `GET /api/hotline/live` (text/event-stream), `event:` name → `data:` JSON. */
export interface HotlineLiveFrames {
  /** A call of the unit changed (new, answered, transferred, outcome, ended). */
  call: CallView;
  /** Someone's presence or on-call flag changed. */
  presence: DirectoryEntry;
  /** A callback was queued or done. */
  callback: Callback;
}
