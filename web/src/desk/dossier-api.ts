/**
 * The dossier API as the desk sees it (GET/POST /api/dossiers…): the types of its contract (src/contracts/dossier.ts),
 * TanStack Query hooks, the Vietnamese labels of deadline risk and the date format of the desk.
 */
import { useQuery } from '@tanstack/react-query';
import type { DossierDetail, DossierSummary, IntakeResult } from '../../../src/contracts/dossier.js';
import { dossierApi } from '../../../src/contracts/dossier-api.js';
import type { Status } from '../../../src/domain/dossier/lifecycle.js';
import type { Risk } from '../../../src/domain/dossier/risk.js';
import { call } from '../shared/client.js';

export type {
  AllowedActions,
  DossierDetail,
  DossierSummary,
  Inbox,
  InboxItem,
  IntakeResult,
} from '../../../src/contracts/dossier.js';
export type { Attachment as AttachmentInfo } from '../../../src/contracts/dossier.js';

export type UnitRef = DossierSummary['receivingUnit'];
export type DossierDocument = DossierDetail['documents'][number];
export type HistoryEntry = DossierDetail['history'][number];
export type DeclaredValue = DossierDetail['declaration']['values'][number];
export type MissingDocument = IntakeResult['missing'][number];

export const inboxKey = (risk: Risk | 'all') => ['dossiers', 'inbox', risk] as const;
export const dossierKey = (code: string) => ['dossiers', 'one', code] as const;

export function useInbox(risk: Risk | 'all') {
  return useQuery({
    queryKey: inboxKey(risk),
    queryFn: () => call(dossierApi.inbox, { query: { limit: 500, risk: risk === 'all' ? undefined : risk } }),
    staleTime: 15_000,
  });
}

/** The open dossiers of the person's units in one status (e.g. those awaiting the leader's approval). */
export function useDossiersIn(status: Status) {
  return useQuery({
    queryKey: ['dossiers', 'inbox', 'status', status],
    queryFn: () => call(dossierApi.inbox, { query: { limit: 500, status } }),
    staleTime: 15_000,
  });
}

export function useDossier(code: string) {
  return useQuery({
    queryKey: dossierKey(code),
    queryFn: async () => {
      const [detail, allowed] = await Promise.all([
        call(dossierApi.one, { params: { code } }),
        call(dossierApi.allowedActions, { params: { code } }),
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
