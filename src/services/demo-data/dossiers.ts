/**
 * Demo dossiers: about forty dossiers at Đông Tiến, Đông Khê and the province centre, some with the Land
 * Registration Office or the Tax office, in every status of the lifecycle — some overdue, some due today, one
 * extended, one returned late. Each is received and moved on THROUGH the dossier services (receiveDossier,
 * submitOnline, applyAction) by the demo staff, at instants on the working days before the load date, so that
 * codes, the log, clocks and due dates are exactly what the users' own actions would have produced.
 *
 * Every receipt lies on an earlier day than the load date, so today's dossier codes still start at 0001. The
 * applicants, phone numbers and ID numbers are invented (valid in form only).
 */
import { addWorkingTime, sessionsOn, type WorkingCalendar } from '../../domain/calendar/working-time.js';
import { instantToLocal, localToInstant, MS_PER_MINUTE } from '../../domain/calendar/time-zone.js';
import type { Action } from '../../domain/dossier/lifecycle.js';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { getVersionInForce } from '../catalogue/versions.js';
import { getUnitByAgencyId, loadEffectiveCalendar } from '../calendar/layers.js';
import { applyAction, type ActionInput } from '../dossier/actions.js';
import { localDate } from '../dossier/common.js';
import { receiveDossier, submitOnline, type DocumentTick } from '../dossier/intake.js';
import type { ActingContext, Trx } from '../org/context.js';
import { actorOf, getStaffRecord } from '../org/queries.js';

const DONG_TIEN = 'H56.10.01';
const DONG_KHE = 'H56.10.02';
const CENTRE = '000.00.01.H56';
const VPDK = '000.00.21.H56';
const THUE = '000.00.22.H56';

/** The dossier README.md points to: its phone number (the code depends on the load date; printed at start-up). */
export const DEMO_TRACKING_PHONE = '0912 345 678';
const EXAMPLE_KEY = 'demo_tracking_example';

/** [working days before the load date (1 = the previous working day), local wall time "HH:MM"]. */
type At = [number, string];

interface Step {
  action: Action;
  by: string;
  at: At;
  note?: string;
  /** transfer: agency id of the unit. */
  to?: string;
  /** assign: username of the specialist. */
  assignee?: string;
  /** extend: working days added to the current due instant. */
  extendDays?: number;
  /** receive_supplement: document positions brought back (with the numbers the catalogue asks for). */
  brought?: number[];
}

interface DemoDossier {
  unit: string;
  procedure: string;
  caseName?: string;
  /** [full name, mobile phone, CCCD, address]. */
  applicant: [string, string, string, string];
  at: At;
  /** The reception officer, or 'online' for an online submission. */
  by: string;
  channel?: 'desk' | 'post';
  /** Document positions judged not to apply to this applicant. */
  notApplicable?: number[];
  /** Document positions the applicant did not bring (the outcome is a supplement request). */
  missing?: number[];
  refusal?: string[];
  steps?: Step[];
  /** The dossier README.md points to. */
  example?: true;
}

const TN = 'tiepnhan.dongtien';
const CV = 'chuyenvien.dongtien';
const CV_DD = 'chuyenvien2.dongtien';
const CV_HKD = 'chuyenvien3.dongtien';
const LD = 'lanhdao.dongtien';
const TN_DK = 'tiepnhan.dongkhe';
const CV_DK = 'chuyenvien.dongkhe';
const TN_TT = 'tiepnhan.trungtam';
const CV_TT = 'chuyenvien.trungtam';
const CV_VPDK = 'chuyenvien.vpdk';
const CV_THUE = 'chuyenvien.thue';

const BIRTH = '1.001193';
/** Birth registration: the authorisation, the abandoned-child record and the surrogacy paper rarely apply. */
const BIRTH_NA = [4, 5, 6];
const MARITAL = '1.004873';
/** Marital status certificate: no earlier certificate, no authorisation. */
const MARITAL_NA = [3, 4];
const TRANSFER_CASE = 'Chuyển nhượng, chuyển đổi, thừa kế, tặng cho, góp vốn';

/** The usual path of a civil-status dossier at Đông Tiến, from assignment to the result at the desk. */
function throughApproval(day: number, start: string, assignee = CV): Step[] {
  const [h, m] = start.split(':').map(Number) as [number, number];
  const t = (minutes: number) => {
    const total = h * 60 + m + minutes;
    return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
  };
  return [
    { action: 'assign', by: LD, at: [day, t(0)], assignee },
    { action: 'appraise', by: assignee, at: [day, t(40)], note: 'Hồ sơ đầy đủ, hợp lệ; đề nghị phê duyệt.' },
    { action: 'approve', by: LD, at: [day, t(75)] },
    { action: 'record_result', by: assignee, at: [day, t(95)] },
  ];
}

export const demoDossiers: DemoDossier[] = [
  // ——— Đông Tiến: the whole workflow ———
  {
    example: true,
    unit: DONG_TIEN,
    procedure: BIRTH,
    applicant: ['Nguyễn Thị Thanh Mai', DEMO_TRACKING_PHONE, '038196000101', 'thôn Thượng, xã Đông Tiến'],
    at: [3, '07:40'],
    by: TN,
    notApplicable: BIRTH_NA,
    steps: [
      ...throughApproval(3, '08:00'),
      { action: 'notify_result', by: TN, at: [3, '09:45'] },
      { action: 'return_result', by: TN, at: [3, '14:10'], note: 'Trả trực tiếp cho người nộp.' },
    ],
  },
  {
    unit: DONG_TIEN,
    procedure: BIRTH,
    applicant: ['Trần Văn Long', '0983 214 567', '038091000102', 'thôn Trung, xã Đông Tiến'],
    at: [1, '08:20'],
    by: TN,
    notApplicable: BIRTH_NA,
    steps: [...throughApproval(1, '08:40'), { action: 'notify_result', by: TN, at: [1, '10:30'] }],
  },
  {
    unit: DONG_TIEN,
    procedure: BIRTH,
    applicant: ['Lê Văn Tuấn', '0868 123 450', '038093000103', 'thôn Hạ, xã Đông Tiến'],
    at: [4, '09:10'],
    by: TN,
    notApplicable: BIRTH_NA,
    steps: [{ action: 'assign', by: LD, at: [4, '09:40'], assignee: CV }],
  },
  {
    unit: DONG_TIEN,
    procedure: BIRTH,
    applicant: ['Phạm Thị Ngọc Ánh', '0374 556 219', '038198000104', 'thôn Thượng, xã Đông Tiến'],
    // After the 15:00 cut-off: due at the close of the next working day.
    at: [1, '15:35'],
    by: TN,
    notApplicable: BIRTH_NA,
    steps: [{ action: 'assign', by: LD, at: [1, '15:50'], assignee: CV }],
  },
  {
    unit: DONG_TIEN,
    procedure: BIRTH,
    applicant: ['Đặng Thị Lụa', '0357 880 142', '038199000105', 'thôn Trung, xã Đông Tiến'],
    at: [1, '09:30'],
    by: TN,
    notApplicable: BIRTH_NA,
    missing: [1],
  },
  {
    unit: DONG_TIEN,
    procedure: BIRTH,
    applicant: ['Hà Thị Yến', '0945 312 870', '038197000106', 'thôn Hạ, xã Đông Tiến'],
    at: [1, '20:15'],
    by: 'online',
  },
  {
    unit: DONG_TIEN,
    procedure: MARITAL,
    applicant: ['Hoàng Văn Dũng', '0905 778 123', '038090000107', 'thôn Trung, xã Đông Tiến'],
    at: [2, '08:30'],
    by: TN,
    notApplicable: MARITAL_NA,
    steps: [
      { action: 'assign', by: LD, at: [2, '09:00'], assignee: CV },
      {
        action: 'appraise',
        by: CV,
        at: [1, '09:20'],
        note: 'Đã xác minh tình trạng hôn nhân tại nơi cư trú trước đây; đề nghị cấp.',
      },
    ],
  },
  {
    unit: DONG_TIEN,
    procedure: '1.001022',
    applicant: ['Ngô Văn Thành', '0961 447 305', '038088000108', 'thôn Thượng, xã Đông Tiến'],
    at: [2, '10:00'],
    by: TN,
    steps: [
      { action: 'assign', by: LD, at: [2, '10:20'], assignee: CV },
      {
        action: 'appraise',
        by: CV,
        at: [2, '15:10'],
        note: 'Có văn bản xác nhận quan hệ cha con; đề nghị phê duyệt.',
      },
      { action: 'approve', by: LD, at: [1, '08:30'] },
    ],
  },
  {
    unit: DONG_TIEN,
    procedure: '1.013992',
    applicant: ['Đỗ Văn Hải', '0912 608 774', '038075000109', 'thôn Hạ, xã Đông Tiến'],
    at: [6, '08:10'],
    by: TN,
    notApplicable: [3],
    steps: [
      { action: 'assign', by: LD, at: [6, '09:00'], assignee: CV_DD },
      {
        action: 'transfer',
        by: CV_DD,
        at: [5, '10:00'],
        to: THUE,
        note: 'Chuyển thông tin địa chính để xác định nghĩa vụ tài chính.',
      },
      {
        action: 'transfer_back',
        by: CV_THUE,
        at: [4, '14:00'],
        note: 'Đã ban hành thông báo nộp tiền sử dụng đất và lệ phí trước bạ.',
      },
      { action: 'appraise', by: CV_DD, at: [3, '09:00'], note: 'Đủ điều kiện chuyển mục đích sử dụng đất.' },
      { action: 'approve', by: LD, at: [2, '09:30'] },
      {
        action: 'request_payment',
        by: CV_DD,
        at: [2, '10:00'],
        note: 'Nộp tiền theo thông báo của cơ quan thuế.',
      },
    ],
  },
  {
    unit: DONG_TIEN,
    procedure: '1.013831',
    caseName: TRANSFER_CASE,
    applicant: ['Vũ Thị Hạnh', '0976 215 308', '038182000110', 'thôn Trung, xã Đông Tiến'],
    at: [5, '08:45'],
    by: TN,
    notApplicable: [3, 4, 5, 8],
    steps: [
      { action: 'assign', by: LD, at: [5, '09:30'], assignee: CV_DD },
      {
        action: 'transfer',
        by: CV_DD,
        at: [4, '08:30'],
        to: VPDK,
        note: 'Chuyển Văn phòng Đăng ký đất đai cập nhật biến động.',
      },
    ],
  },
  {
    unit: DONG_TIEN,
    procedure: '1.001266',
    applicant: ['Lê Thị Thu Trang', '0388 904 561', '038185000111', 'chợ Đông Tiến, xã Đông Tiến'],
    at: [2, '09:00'],
    by: TN,
    steps: [
      { action: 'assign', by: LD, at: [2, '09:20'], assignee: CV_HKD },
      {
        action: 'transfer',
        by: CV_HKD,
        at: [2, '10:30'],
        to: THUE,
        note: 'Đề nghị cơ quan thuế cho ý kiến về việc hoàn thành nghĩa vụ thuế.',
      },
    ],
  },
  {
    unit: DONG_TIEN,
    procedure: '1.004884',
    channel: 'post',
    applicant: ['Cao Văn Phúc', '0398 120 664', '038060000112', 'thôn Hạ, xã Đông Tiến'],
    at: [4, '08:15'],
    by: TN,
    notApplicable: [2, 5],
    steps: [
      ...throughApproval(2, '08:10'),
      {
        action: 'send_by_post',
        by: TN,
        at: [1, '09:00'],
        note: 'Gửi qua bưu điện theo đề nghị của người nộp.',
      },
    ],
  },
  {
    unit: DONG_TIEN,
    procedure: '1.004772',
    applicant: ['Nguyễn Văn Bình', '0936 552 017', '038072000113', 'thôn Thượng, xã Đông Tiến'],
    at: [8, '09:00'],
    by: TN,
    notApplicable: [3, 6],
    steps: [
      { action: 'assign', by: LD, at: [8, '09:30'], assignee: CV },
      {
        action: 'stop',
        by: LD,
        at: [6, '10:00'],
        note: 'Người này đã được đăng ký khai sinh tại nơi khác; dừng xử lý để xác minh.',
      },
    ],
  },
  {
    unit: DONG_TIEN,
    procedure: MARITAL,
    applicant: ['Trịnh Thị Hoa', '0359 771 846', '038195000114', 'thôn Trung, xã Đông Tiến'],
    at: [3, '09:20'],
    by: TN,
    notApplicable: MARITAL_NA,
    steps: [
      {
        action: 'withdraw',
        by: TN,
        at: [2, '08:00'],
        note: 'Người nộp có đơn xin rút hồ sơ để nộp lại sau.',
      },
    ],
  },
  {
    unit: DONG_TIEN,
    procedure: '1.004859',
    applicant: ['Mai Văn Thắng', '0917 336 052', '038087000115', 'thôn Hạ, xã Đông Tiến'],
    at: [5, '10:10'],
    by: TN,
    notApplicable: [4],
    steps: [
      { action: 'assign', by: LD, at: [5, '10:30'], assignee: CV },
      {
        action: 'refuse',
        by: CV,
        at: [5, '14:30'],
        note: 'Giấy tờ cung cấp không chứng minh được nội dung đề nghị cải chính.',
      },
    ],
  },
  {
    unit: DONG_TIEN,
    procedure: '1.004884',
    applicant: ['Bùi Văn Sơn', '0869 405 283', '038059000116', 'thôn Trung, xã Đông Tiến'],
    at: [4, '10:00'],
    by: TN,
    notApplicable: [2, 5],
    steps: [
      { action: 'assign', by: LD, at: [4, '10:20'], assignee: CV },
      {
        action: 'request_supplement',
        by: CV,
        at: [3, '09:00'],
        note: 'Cần bổ sung giấy tờ chứng minh nội dung khai sinh (học bạ hoặc sổ hộ khẩu cũ).',
      },
    ],
  },
  {
    unit: DONG_TIEN,
    procedure: MARITAL,
    applicant: ['Lương Thị Nga', '0394 618 207', '038194000117', 'thôn Thượng, xã Đông Tiến'],
    at: [6, '08:20'],
    by: TN,
    notApplicable: MARITAL_NA,
    missing: [2],
    steps: [
      { action: 'receive_supplement', by: TN, at: [5, '09:00'], brought: [2] },
      { action: 'assign', by: LD, at: [5, '09:30'], assignee: CV },
      { action: 'appraise', by: CV, at: [4, '10:00'], note: 'Đủ điều kiện cấp.' },
      { action: 'approve', by: LD, at: [4, '14:00'] },
      { action: 'record_result', by: CV, at: [3, '08:30'] },
      { action: 'notify_result', by: TN, at: [3, '08:40'] },
      { action: 'return_result', by: TN, at: [2, '15:00'], note: 'Trả trực tiếp cho người nộp.' },
    ],
  },
  {
    unit: DONG_TIEN,
    procedure: '1.001022',
    applicant: ['Phan Văn Quý', '0971 530 648', '038084000118', 'thôn Hạ, xã Đông Tiến'],
    at: [3, '08:00'],
    by: TN,
    steps: [
      { action: 'assign', by: LD, at: [3, '08:20'], assignee: CV },
      {
        action: 'extend',
        by: LD,
        at: [2, '15:00'],
        extendDays: 2,
        note: 'Cần xác minh thêm tại nơi cư trú của người cha; xin lỗi ông và hẹn lại ngày trả kết quả.',
      },
    ],
  },
  {
    unit: DONG_TIEN,
    procedure: MARITAL,
    applicant: ['Lò Văn Pọm', '0353 287 119', '038086000119', 'bản Đông Sơn, xã Đông Tiến'],
    at: [9, '08:00'],
    by: TN,
    notApplicable: MARITAL_NA,
    steps: [
      { action: 'assign', by: LD, at: [9, '08:30'], assignee: CV },
      { action: 'appraise', by: CV, at: [7, '10:00'], note: 'Đã xác minh; đề nghị cấp.' },
      { action: 'approve', by: LD, at: [6, '10:30'] },
      { action: 'record_result', by: CV, at: [6, '14:00'] },
      { action: 'notify_result', by: TN, at: [6, '14:10'] },
      { action: 'return_result', by: TN, at: [5, '10:00'], note: 'Trả trực tiếp cho người nộp.' },
    ],
  },
  {
    unit: DONG_TIEN,
    procedure: '2.000815',
    applicant: ['Tạ Thị Mến', '0328 665 904', '038189000120', 'thôn Thượng, xã Đông Tiến'],
    at: [7, '08:05'],
    by: TN,
    steps: [...throughApproval(7, '08:15'), { action: 'return_result', by: TN, at: [7, '10:10'] }],
  },
  {
    unit: DONG_TIEN,
    procedure: '2.000884',
    applicant: ['Quách Văn Lợi', '0913 740 286', '038079000121', 'thôn Trung, xã Đông Tiến'],
    at: [2, '07:50'],
    by: TN,
    steps: [...throughApproval(2, '07:55'), { action: 'return_result', by: TN, at: [2, '09:45'] }],
  },
  {
    unit: DONG_TIEN,
    procedure: '2.000635',
    applicant: ['Đinh Thị Xuân', '0367 193 520', '038192000122', 'thôn Hạ, xã Đông Tiến'],
    at: [6, '14:00'],
    by: TN,
    notApplicable: [3],
    steps: [...throughApproval(6, '14:10'), { action: 'return_result', by: TN, at: [6, '16:00'] }],
  },
  {
    unit: DONG_TIEN,
    procedure: '1.004884',
    applicant: ['Hồ Thị Kim Oanh', '0949 062 318', '038188000123', 'thôn Thượng, xã Đông Tiến'],
    at: [1, '10:40'],
    by: TN,
    notApplicable: [2, 5],
  },

  // ——— Đông Khê ———
  {
    unit: DONG_KHE,
    procedure: MARITAL,
    applicant: ['Lê Thị Bích', '0978 341 256', '038197000201', 'thôn Nhuệ, xã Đông Khê'],
    at: [1, '08:40'],
    by: TN_DK,
    notApplicable: MARITAL_NA,
  },
  {
    unit: DONG_KHE,
    procedure: '1.000656',
    applicant: ['Nguyễn Văn Hòa', '0916 482 073', '038066000202', 'thôn Đông, xã Đông Khê'],
    at: [2, '15:45'],
    by: TN_DK,
    notApplicable: [4],
  },
  {
    unit: DONG_KHE,
    procedure: '1.000894',
    applicant: ['Trương Văn Đạt', '0345 906 781', '038206000203', 'thôn Nhuệ, xã Đông Khê'],
    at: [2, '10:30'],
    by: TN_DK,
    refusal: ['Bên nam chưa đủ 20 tuổi, không đủ điều kiện kết hôn theo Luật Hôn nhân và gia đình.'],
  },
  {
    unit: DONG_KHE,
    procedure: '1.001612',
    applicant: ['Phạm Thị Duyên', '0387 559 410', '038190000204', 'chợ Đông Khê, xã Đông Khê'],
    at: [1, '14:20'],
    by: TN_DK,
    missing: [0],
  },
  {
    unit: DONG_KHE,
    procedure: BIRTH,
    applicant: ['Vũ Thị Thảo', '0962 718 304', '038199000205', 'thôn Đông, xã Đông Khê'],
    at: [1, '21:05'],
    by: 'online',
  },
  {
    unit: DONG_KHE,
    procedure: MARITAL,
    applicant: ['Hoàng Thị Lan Anh', '0334 250 967', '038196000206', 'thôn Nhuệ, xã Đông Khê'],
    at: [4, '09:00'],
    by: TN_DK,
    notApplicable: MARITAL_NA,
    steps: [
      {
        action: 'withdraw',
        by: TN_DK,
        at: [3, '10:00'],
        note: 'Người nộp đề nghị rút hồ sơ vì đã được cấp tại nơi cư trú trước đây.',
      },
    ],
  },
  {
    unit: DONG_KHE,
    procedure: '1.013831',
    caseName: 'Tặng cho quyền sử dụng đất để làm đường giao thông, công trình công cộng',
    applicant: ['Lê Văn Cường', '0908 413 592', '038070000207', 'thôn Đông, xã Đông Khê'],
    at: [3, '09:15'],
    by: TN_DK,
    notApplicable: [8],
    steps: [
      {
        action: 'transfer',
        by: CV_DK,
        at: [3, '14:00'],
        to: VPDK,
        note: 'Chuyển Văn phòng Đăng ký đất đai chỉnh lý hồ sơ địa chính.',
      },
    ],
  },
  {
    unit: DONG_KHE,
    procedure: '1.012783',
    applicant: ['Đoàn Văn Kiên', '0985 307 142', '038078000208', 'thôn Nhuệ, xã Đông Khê'],
    at: [5, '08:30'],
    by: TN_DK,
    steps: [
      {
        action: 'transfer',
        by: CV_DK,
        at: [5, '10:00'],
        to: VPDK,
        note: 'Đề nghị in Giấy chứng nhận cấp đổi.',
      },
      {
        action: 'transfer_back',
        by: CV_VPDK,
        at: [2, '15:00'],
        note: 'Đã in Giấy chứng nhận mới, chuyển xã trình ký.',
      },
      { action: 'appraise', by: CV_DK, at: [1, '09:00'], note: 'Đã đối chiếu; đề nghị lãnh đạo ký.' },
    ],
  },

  // ——— The province's Public Administration Service Centre ———
  {
    unit: CENTRE,
    procedure: '1.013225',
    caseName: 'Nhà ở riêng lẻ của hộ gia đình, cá nhân',
    applicant: ['Trần Quốc Việt', '0919 624 035', '038083000301', 'phường Hạc Thành, tỉnh Thanh Hóa'],
    at: [2, '09:00'],
    by: TN_TT,
  },
  {
    unit: CENTRE,
    procedure: '1.013229',
    applicant: ['Nguyễn Thị Hồng Nhung', '0977 805 613', '038187000302', 'phường Hạc Thành, tỉnh Thanh Hóa'],
    at: [3, '10:00'],
    by: TN_TT,
    missing: [2],
  },
  {
    unit: CENTRE,
    procedure: '1.001662',
    applicant: ['Lê Đức Mạnh', '0356 917 428', '038080000303', 'phường Quảng Phú, tỉnh Thanh Hóa'],
    at: [4, '14:00'],
    by: TN_TT,
    refusal: [
      'Công trình thuộc trường hợp phải xin giấy phép khai thác nước dưới đất, không thuộc diện đăng ký.',
    ],
  },
  {
    unit: CENTRE,
    procedure: '1.012783',
    applicant: ['Phạm Minh Tuấn', '0931 276 584', '038089000304', 'phường Hạc Thành, tỉnh Thanh Hóa'],
    at: [1, '19:30'],
    by: 'online',
  },
  {
    unit: CENTRE,
    procedure: '1.013978',
    caseName: 'Hộ gia đình, cá nhân, cộng đồng dân cư',
    applicant: ['Hoàng Văn Toàn', '0868 530 917', '038071000305', 'phường Quảng Phú, tỉnh Thanh Hóa'],
    at: [6, '08:00'],
    by: TN_TT,
    notApplicable: [2, 3, 5, 6, 8],
    steps: [
      {
        action: 'transfer',
        by: CV_TT,
        at: [6, '10:00'],
        to: VPDK,
        note: 'Chuyển Văn phòng Đăng ký đất đai kiểm tra hồ sơ, đo đạc thửa đất.',
      },
    ],
  },
  {
    unit: CENTRE,
    procedure: '1.012796',
    applicant: ['Đặng Thị Phương', '0389 142 765', '038191000306', 'phường Hạc Thành, tỉnh Thanh Hóa'],
    at: [4, '08:30'],
    by: TN_TT,
    notApplicable: [3],
    steps: [
      {
        action: 'transfer',
        by: CV_TT,
        at: [4, '10:00'],
        to: VPDK,
        note: 'Đề nghị kiểm tra sai sót trên Giấy chứng nhận.',
      },
      {
        action: 'transfer_back',
        by: CV_VPDK,
        at: [2, '09:00'],
        note: 'Xác nhận có sai sót do đo đạc; đã lập hồ sơ đính chính.',
      },
    ],
  },
];

type Instant = (at: At) => number;

/** Instants on the working days before `now` (by the calendar of `cal`): [1, '08:00'] is 08:00 on the last one. */
export function demoClock(cal: WorkingCalendar, now: number): Instant {
  const today = instantToLocal(cal.timezone, now).day;
  const days: number[] = [];
  return ([back, time]) => {
    for (let day = (days.at(-1) ?? today) - 1; days.length < back; day--) {
      if (sessionsOn(cal, day).length > 0) days.push(day);
    }
    const [h, m] = time.split(':').map(Number) as [number, number];
    return localToInstant(cal.timezone, days[back - 1]!, (h * 60 + m) * MS_PER_MINUTE);
  };
}

export interface DemoDossiersResult {
  count: number;
  example: { code: string; phone: string };
}

/** Receives and processes the demo dossiers through the services, oldest receipt first. */
export async function seedDossiers(trx: Trx, now = Date.now()): Promise<DemoDossiersResult> {
  const staff = await trx.selectFrom('staff').select(['id', 'username']).execute();
  const ids = new Map(staff.map((s) => [s.username, s.id]));
  const contexts = new Map<string, ActingContext>();
  const as = async (username: string): Promise<ActingContext> => {
    let ctx = contexts.get(username);
    if (!ctx) {
      const id = ids.get(username);
      if (!id) throw new Error(`demo staff ${username} is missing`);
      ctx = { actor: actorOf(await getStaffRecord(trx, id)), requestId: 'demo-data' };
      contexts.set(username, ctx);
    }
    return ctx;
  };
  const { calendar } = await loadEffectiveCalendar(trx, await getUnitByAgencyId(trx, DONG_TIEN));
  const instant = demoClock(calendar, now);

  const ordered = demoDossiers.map((d, n) => ({ d, n })).sort((a, b) => instant(a.d.at) - instant(b.d.at));
  let example: DemoDossiersResult['example'] | undefined;
  for (const { d, n } of ordered) {
    const receivedAt = instant(d.at);
    const version = await getVersionInForce(trx, d.procedure, localDate(calendar.timezone, receivedAt));
    const ticks: DocumentTick[] = [];
    version.record.documents.forEach((doc, index) => {
      if (doc.case && doc.case !== d.caseName) return;
      if (d.notApplicable?.includes(index) || d.missing?.includes(index)) return;
      ticks.push({ index, originals: doc.originals, copies: doc.copies });
    });
    const [name, phone, idNumber, address] = d.applicant;
    const applicant = { name, phone, idNumber, address };
    const key = (step: number) => `demo-${n}-${step}`;
    let code: string;
    let version_: number;
    if (d.by === 'online') {
      const summary = await submitOnline(
        trx,
        {
          procedureCode: d.procedure,
          unit: d.unit,
          caseName: d.caseName,
          applicant,
          documents: ticks,
          idempotencyKey: key(0),
        },
        { now: receivedAt, requestId: 'demo-data' },
      );
      code = summary.code;
      version_ = summary.version;
    } else {
      const result = await receiveDossier(
        trx,
        await as(d.by),
        {
          procedureCode: d.procedure,
          unit: d.unit,
          caseName: d.caseName,
          channel: d.channel ?? 'desk',
          applicant,
          documents: ticks,
          notApplicable: d.notApplicable,
          refusalReasons: d.refusal,
          idempotencyKey: key(0),
        },
        { now: receivedAt },
      );
      code = result.dossier.code;
      version_ = result.dossier.version;
    }
    for (const [i, step] of (d.steps ?? []).entries()) {
      const at = instant(step.at);
      const input: ActionInput = {
        action: step.action,
        expectedVersion: version_,
        idempotencyKey: key(i + 1),
        note: step.note,
        toUnit: step.to,
        assigneeId: step.assignee ? ids.get(step.assignee) : undefined,
      };
      if (step.brought) {
        input.documents = step.brought.map((index) => {
          const doc = version.record.documents[index]!;
          return { index, originals: doc.originals, copies: doc.copies };
        });
      }
      if (step.action === 'return_result' && d.channel !== 'post') {
        // Handed to the applicant in person (assigned this way so it also compiles where the field is optional).
        Object.assign(input, { returnedTo: { name, relation: 'applicant' } });
      }
      if (step.extendDays) {
        const row = await trx
          .selectFrom('dossiers')
          .select('due_at')
          .where('code', '=', code)
          .executeTakeFirstOrThrow();
        const due = row.due_at!.getTime();
        input.newDue = new Date(
          addWorkingTime(calendar, due, step.extendDays * calendar.dayLength),
        ).toISOString();
      }
      const acted = await applyAction(trx, await as(step.by), code, input, { now: at });
      version_ = acted.dossier.version;
    }
    if (d.example) example = { code, phone: DEMO_TRACKING_PHONE };
  }
  if (!example) throw new Error('the demo tracking example is missing');
  await trx
    .insertInto('app_meta')
    .values({ key: EXAMPLE_KEY, value: JSON.stringify(example) })
    .execute();
  return { count: demoDossiers.length, example };
}

/** The dossier README.md asks to track (code and phone), when the demo data holds it. */
export async function demoTrackingExample(
  db: Kysely<Database>,
): Promise<{ code: string; phone: string } | undefined> {
  const row = await db
    .selectFrom('app_meta')
    .select('value')
    .where('key', '=', EXAMPLE_KEY)
    .executeTakeFirst();
  return row ? (row.value as { code: string; phone: string }) : undefined;
}
