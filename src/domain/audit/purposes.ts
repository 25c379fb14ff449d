/**
 * Why a staff member read a person's data (Decree 13/2023: every processing of personal data has a purpose). The
 * audit log stores the key; the administrators' audit screen shows the label. Shared with the browser.
 */
import { keysOf } from '../keys.js';

export const readPurposeLabels = {
  dossier_handling: 'Xử lý hồ sơ',
  official_form: 'In biểu mẫu của hồ sơ',
  register: 'In sổ theo dõi hồ sơ',
  hotline_call: 'Trả lời cuộc gọi tổng đài',
  call_log: 'Tra cứu nhật ký cuộc gọi',
  notification_preferences: 'Xem lựa chọn nhận thông báo',
  audit_review: 'Rà soát nhật ký truy cập',
  citizen_self_service: 'Công dân xem dữ liệu của chính mình',
} as const;
export const readPurposes = keysOf(readPurposeLabels);
export type ReadPurpose = keyof typeof readPurposeLabels;

/** The actions of reads, as stored in audit_log.action. */
export const readActions = {
  dossier: 'dossier.read',
  form: 'dossier.form.read',
  register: 'register.read',
  screenPop: 'hotline.screen_pop',
  callLog: 'hotline.calls.read',
  preferences: 'notification_preferences.read',
  auditExport: 'audit.export',
} as const;
