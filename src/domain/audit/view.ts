/** One row of the audit log as administrators read it (GET /api/admin/audit), shared with the browser. */
export interface AuditEntryView {
  /** The row's number, in the order rows were written. */
  id: number;
  /** Its place in the hash chain; null for a few seconds after it is written, until it is sealed. */
  seq: number | null;
  at: string;
  actorId: string | null;
  actorName: string | null;
  unitId: string | null;
  unitName: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  purpose: string | null;
  subjectName: string | null;
  /** The phone looked up or the dossier applicant's, masked but for its last three digits. */
  subjectPhone: string | null;
  data: Record<string, unknown>;
  /** Null until sealed. */
  hash: string | null;
}

export interface AuditPageView {
  total: number;
  page: number;
  pageSize: number;
  rows: AuditEntryView[];
}

/** Labels of the actions an administrator filters by most; any other action shows as stored. */
export const auditActionLabels: Record<string, string> = {
  'dossier.read': 'Xem hồ sơ',
  'dossier.form.read': 'In biểu mẫu hồ sơ',
  'register.read': 'In sổ theo dõi',
  'hotline.screen_pop': 'Thông tin người gọi đến',
  'hotline.calls.read': 'Xem nhật ký cuộc gọi',
  'notification_preferences.read': 'Xem lựa chọn nhận thông báo',
  'audit.read': 'Tra cứu nhật ký truy cập',
  'audit.export': 'Xuất nhật ký truy cập',
  'auth.login': 'Đăng nhập',
  'auth.logout': 'Đăng xuất',
  dossier: 'Mọi thao tác trên hồ sơ',
  hotline: 'Mọi thao tác tổng đài',
  staff: 'Quản lý cán bộ',
};

export function auditActionLabel(action: string): string {
  return auditActionLabels[action] ?? action;
}

const entityLabels: Record<string, string> = {
  dossier: 'Hồ sơ',
  unit: 'Đơn vị',
  person: 'Người dân',
  staff: 'Cán bộ',
  hotline_call: 'Cuộc gọi',
  audit_log: 'Nhật ký truy cập',
};

export function auditEntityLabel(entity: string): string {
  return entityLabels[entity] ?? entity;
}
