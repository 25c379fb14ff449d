/**
 * The dossier API as the desk sees it (GET/POST /api/dossiers…): types mirroring src/http/dossier/schemas.ts,
 * TanStack Query hooks, the Vietnamese labels of deadline risk and the date format of the desk.
 */
import { useQuery } from '@tanstack/react-query';
import type { Action, Status } from '../../../src/domain/dossier/lifecycle.js';
import type { Risk } from '../../../src/domain/dossier/risk.js';
import type { LandTax } from '../../../src/domain/land-tax/land-tax.js';
import { api } from '../shared/api.js';
import type { DossierOrigin } from '../../../src/domain/dossier/origin.js';

/** A scan attached to a dossier. */
export interface AttachmentInfo {
  id: string;
  position: number | null;
  fileName: string;
  contentType: string;
  size: number;
  uploadedByName: string;
  createdAt: string;
}

export interface UnitRef {
  agencyId: string;
  name: string;
}

export interface DossierSummary {
  code: string;
  status: Status;
  statusLabel: string;
  version: number;
  procedure: { code: string; name: string; versionId: string };
  caseName: string | null;
  channel: 'desk' | 'online' | 'post';
  applicant: { name: string };
  receivingUnit: UnitRef;
  handlingUnit: UnitRef;
  submittedAt: string;
  receivedAt: string | null;
  dueAt: string | null;
  finishedAt: string | null;
  allowedActions: Action[];
}

export interface InboxItem extends DossierSummary {
  risk: Risk;
  /** Received on a same-day ("no-appointment") day: due at the close of that day. */
  sameDay: boolean;
  /** The due instant of the reader's own unit's open task (a transfer, a consultation), which drives its risk. */
  taskDueAt?: string | null;
}

export interface Inbox {
  counts: Record<Risk, number> & { total: number };
  items: InboxItem[];
}

export interface DossierDocument {
  position: number;
  name: string;
  kind: 'submit' | 'present';
  originalsRequired: number;
  copiesRequired: number;
  originals: number;
  copies: number;
  state: 'received' | 'missing' | 'not_applicable';
  enteredByName: string | null;
}

export interface HistoryEntry {
  seq: number;
  action: Action;
  statusAfter: Status;
  actorName: string | null;
  role: string | null;
  unitId: string | null;
  at: string;
  note: string | null;
  data: Record<string, unknown>;
}

export interface DeclaredValue {
  key: string;
  label: string;
  value: string;
  enteredBy: { kind: 'officer'; staffId: string; name: string } | { kind: 'applicant' };
}

export interface DossierDetail extends Omit<DossierSummary, 'applicant'> {
  applicant: {
    name: string;
    phone: string | null;
    idNumber: string | null;
    address?: string | null;
    email?: string | null;
  };
  organisation?: { name: string; taxCode?: string; address?: string } | null;
  fee?: { timing: 'before' | 'after' | 'exempt'; amount: number; note?: string } | null;
  declaration?: {
    assisted: boolean;
    values: DeclaredValue[];
    confirmation: { method: 'signature' | 'fingerprint' | 'otp'; at: string; phoneMasked?: string } | null;
  };
  documents: DossierDocument[];
  history: HistoryEntry[];
  /** Scans attached to the dossier (GET/POST /api/dossiers/{code}/attachments). */
  attachments?: AttachmentInfo[];
  /** The applicant's answers and the call, appointment and ticket the dossier came from. */
  origin?: DossierOrigin;
  /** The information slip on land sent to the Tax office and the notice that answered it. */
  landTax: LandTax;
}

export interface AllowedActions {
  code: string;
  status: Status;
  version: number;
  allowed: Action[];
  /** Of the allowed actions, those the signed-in person may take (their roles in the handling unit). */
  mine: Action[];
}

export interface MissingDocument {
  index: number;
  name: string;
  originals: number;
  copies: number;
}

export interface IntakeResult {
  outcome: 'receipt' | 'supplement' | 'refusal';
  dossier: DossierSummary;
  /** Due at the close of the day: the unit's no-appointment day and an eligible procedure. */
  sameDay: boolean;
  missing: MissingDocument[];
  reasons: string[];
}

export const inboxKey = (risk: Risk | 'all') => ['dossiers', 'inbox', risk] as const;
export const dossierKey = (code: string) => ['dossiers', 'one', code] as const;

export function useInbox(risk: Risk | 'all') {
  return useQuery({
    queryKey: inboxKey(risk),
    queryFn: () => api<Inbox>(`/api/dossiers?limit=500${risk === 'all' ? '' : `&risk=${risk}`}`),
    staleTime: 15_000,
  });
}

/** The open dossiers of the person's units in one status (e.g. those awaiting the leader's approval). */
export function useDossiersIn(status: Status) {
  return useQuery({
    queryKey: ['dossiers', 'inbox', 'status', status],
    queryFn: () => api<Inbox>(`/api/dossiers?limit=500&status=${status}`),
    staleTime: 15_000,
  });
}

export function useDossier(code: string) {
  return useQuery({
    queryKey: dossierKey(code),
    queryFn: async () => {
      const path = `/api/dossiers/${encodeURIComponent(code)}`;
      const [detail, allowed] = await Promise.all([
        api<DossierDetail>(path),
        api<AllowedActions>(`${path}/allowed-actions`),
      ]);
      return { detail, allowed };
    },
    staleTime: 0,
  });
}

export const riskLabels = {
  overdue: 'Quá hạn',
  due_today: 'Đến hạn hôm nay',
  due_soon: 'Sắp đến hạn',
  on_track: 'Còn hạn',
  no_deadline: 'Không tính hạn',
} as const satisfies Record<Risk, string>;

/** Tag colours with at least 4.5:1 text contrast, by risk. */
export const riskClass = {
  overdue: 'risk-tag risk-overdue',
  due_today: 'risk-tag risk-today',
  due_soon: 'risk-tag risk-soon',
  on_track: 'risk-tag risk-ok',
  no_deadline: 'risk-tag risk-none',
} as const satisfies Record<Risk, string>;

export const channelLabels = {
  desk: 'Trực tiếp',
  online: 'Trực tuyến',
  post: 'Bưu chính',
} as const satisfies Record<DossierSummary['channel'], string>;

/** dd/mm/yyyy hh:mm in Vietnam's time, whatever the browser's zone. */
export { formatDateTime } from '../../../src/domain/format/format.js';

const wallClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * An instant as Vietnam's wall clock, 'YYYY-MM-DDTHH:mm'. Date pickers show and send wall-clock times that the server
 * reads in the unit's zone (Vietnam), so an instant given to a picker must become Vietnam's wall clock first —
 * `dayjs(iso)` would show the browser's zone (a browser on UTC showed 11:30 as 04:30 and sent 04:30 back).
 */
export function vietnamWallClock(iso: string): string {
  const parts = Object.fromEntries(wallClock.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}
