/**
 * The demo dossiers, as data: who received each one, when, and what the staff did with it since (see dossiers.ts,
 * which loads them through the services). This file: the shared vocabulary and Đông Tiến, the commune with the whole
 * workflow; dossiers-other-units.ts: Đông Khê and the provincial centre.
 */
import type { Action } from '../../domain/dossier/lifecycle.js';

export const DONG_TIEN = 'H56.10.01';
export const DONG_KHE = 'H56.10.02';
export const CENTRE = '000.00.01.H56';
export const VPDK = '000.00.21.H56';
export const THUE = '000.00.22.H56';

/** The dossier README.md points to: its phone number (the code depends on the load date; printed at start-up). */
export const DEMO_TRACKING_PHONE = '0912 345 678';

/** [working days before the load date (1 = the previous working day), local wall time "HH:MM"]. */
export type At = [number, string];

export interface Step {
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

export interface DemoDossier {
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

export const TN = 'tiepnhan.dongtien';
export const CV = 'chuyenvien.dongtien';
export const CV_DD = 'chuyenvien2.dongtien';
export const CV_HKD = 'chuyenvien3.dongtien';
export const LD = 'lanhdao.dongtien';
export const TN_DK = 'tiepnhan.dongkhe';
export const CV_DK = 'chuyenvien.dongkhe';
export const TN_TT = 'tiepnhan.trungtam';
export const CV_TT = 'chuyenvien.trungtam';
export const CV_VPDK = 'chuyenvien.vpdk';
export const CV_THUE = 'chuyenvien.thue';

export const BIRTH = '1.001193';
/** Birth registration: the authorisation, the abandoned-child record and the surrogacy paper rarely apply. */
export const BIRTH_NA = [4, 5, 6, 7];
export const MARITAL = '1.004873';
/** Marital status certificate: no earlier certificate, no authorisation. */
export const MARITAL_NA = [3, 4];
export const TRANSFER_CASE = 'Chuyển nhượng, chuyển đổi, thừa kế, tặng cho, góp vốn';

/** [full name, mobile phone, CCCD, the village or street]: `desk` adds the commune or the province to the address. */
export type Person = [string, string, string, string];

/**
 * The dossiers received at `unit` by `by` (its reception officer, or 'online'), whose applicants live in `area`: each
 * is a procedure, the time it came, the applicant and what else it has (`more`).
 */
export function desk(unit: string, by: string, area: string) {
  return (procedure: string, at: At, [name, phone, id, place]: Person, more: Partial<DemoDossier> = {}) =>
    ({
      unit,
      procedure,
      applicant: [name, phone, id, `${place}, ${area}`],
      at,
      by,
      ...more,
    }) satisfies DemoDossier;
}

/** A step of a dossier's workflow; `more` holds the action's own fields (to, assignee, …). */
export function step(action: Action, by: string, at: At, note?: string, more: Partial<Step> = {}): Step {
  return { action, by, at, ...(note === undefined ? {} : { note }), ...more };
}

/** The Đông Tiến leader assigns the dossier to a specialist. */
export const assign = (at: At, assignee: string): Step => step('assign', LD, at, undefined, { assignee });

/** A specialist sends the dossier to another unit (`transfer_back` brings it home again). */
export const transfer = (by: string, at: At, to: string, note: string): Step =>
  step('transfer', by, at, note, { to });

/** The usual path of a civil-status dossier at Đông Tiến, from assignment to the result at the desk. */
export function throughApproval(day: number, start: string, assignee = CV): Step[] {
  const [h, m] = start.split(':').map(Number) as [number, number];
  const t = (minutes: number) => {
    const total = h * 60 + m + minutes;
    return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
  };
  return [
    assign([day, t(0)], assignee),
    step('appraise', assignee, [day, t(40)], 'Hồ sơ đầy đủ, hợp lệ; đề nghị phê duyệt.'),
    step('approve', LD, [day, t(75)]),
    step('record_result', assignee, [day, t(95)]),
  ];
}

const BY_HAND = 'Trả trực tiếp cho người nộp.';

/** From the leader's approval to the result handed to the applicant at Đông Tiến's desk. */
const handedOver = (approved: At, recorded: At, notified: At, returned: At): Step[] => [
  step('approve', LD, approved),
  step('record_result', CV, recorded),
  step('notify_result', TN, notified),
  step('return_result', TN, returned, BY_HAND),
];

const dongTien = desk(DONG_TIEN, TN, 'xã Đông Tiến');
const dongTienOnline = desk(DONG_TIEN, 'online', 'xã Đông Tiến');

/** Đông Tiến: the whole workflow, the Land Registration Office and the Tax office included. */
export const dongTienDossiers: DemoDossier[] = [
  dongTien(
    BIRTH,
    [3, '07:40'],
    ['Nguyễn Thị Thanh Mai', DEMO_TRACKING_PHONE, '038196000101', 'thôn Thượng'],
    {
      example: true,
      notApplicable: BIRTH_NA,
      steps: [
        ...throughApproval(3, '08:00'),
        step('notify_result', TN, [3, '09:45']),
        step('return_result', TN, [3, '14:10'], BY_HAND),
      ],
    },
  ),
  dongTien(BIRTH, [1, '08:20'], ['Trần Văn Long', '0983 214 567', '038091000102', 'thôn Trung'], {
    notApplicable: BIRTH_NA,
    steps: [...throughApproval(1, '08:40'), step('notify_result', TN, [1, '10:30'])],
  }),
  dongTien(BIRTH, [4, '09:10'], ['Lê Văn Tuấn', '0868 123 450', '038093000103', 'thôn Hạ'], {
    notApplicable: BIRTH_NA,
    steps: [assign([4, '09:40'], CV)],
  }),
  // After the 15:00 cut-off: due at the close of the next working day.
  dongTien(BIRTH, [1, '15:35'], ['Phạm Thị Ngọc Ánh', '0374 556 219', '038198000104', 'thôn Thượng'], {
    notApplicable: BIRTH_NA,
    steps: [assign([1, '15:50'], CV)],
  }),
  dongTien(BIRTH, [1, '09:30'], ['Đặng Thị Lụa', '0357 880 142', '038199000105', 'thôn Trung'], {
    notApplicable: BIRTH_NA,
    missing: [1],
  }),
  dongTienOnline(BIRTH, [1, '20:15'], ['Hà Thị Yến', '0945 312 870', '038197000106', 'thôn Hạ']),
  dongTien(MARITAL, [2, '08:30'], ['Hoàng Văn Dũng', '0905 778 123', '038090000107', 'thôn Trung'], {
    notApplicable: MARITAL_NA,
    steps: [
      assign([2, '09:00'], CV),
      step(
        'appraise',
        CV,
        [1, '09:20'],
        'Đã xác minh tình trạng hôn nhân tại nơi cư trú trước đây; đề nghị cấp.',
      ),
    ],
  }),
  dongTien('1.001022', [2, '10:00'], ['Ngô Văn Thành', '0961 447 305', '038088000108', 'thôn Thượng'], {
    steps: [
      assign([2, '10:20'], CV),
      step('appraise', CV, [2, '15:10'], 'Có văn bản xác nhận quan hệ cha con; đề nghị phê duyệt.'),
      step('approve', LD, [1, '08:30']),
    ],
  }),
  dongTien('1.013992', [6, '08:10'], ['Đỗ Văn Hải', '0912 608 774', '038075000109', 'thôn Hạ'], {
    notApplicable: [3],
    steps: [
      assign([6, '09:00'], CV_DD),
      transfer(CV_DD, [5, '10:00'], THUE, 'Chuyển thông tin địa chính để xác định nghĩa vụ tài chính.'),
      step(
        'transfer_back',
        CV_THUE,
        [4, '14:00'],
        'Đã ban hành thông báo nộp tiền sử dụng đất và lệ phí trước bạ.',
      ),
      step('appraise', CV_DD, [3, '09:00'], 'Đủ điều kiện chuyển mục đích sử dụng đất.'),
      step('approve', LD, [2, '09:30']),
      step('request_payment', CV_DD, [2, '10:00'], 'Nộp tiền theo thông báo của cơ quan thuế.'),
    ],
  }),
  dongTien('1.013831', [5, '08:45'], ['Vũ Thị Hạnh', '0976 215 308', '038182000110', 'thôn Trung'], {
    caseName: TRANSFER_CASE,
    notApplicable: [3, 4, 5, 8],
    steps: [
      assign([5, '09:30'], CV_DD),
      transfer(CV_DD, [4, '08:30'], VPDK, 'Chuyển Văn phòng Đăng ký đất đai cập nhật biến động.'),
    ],
  }),
  dongTien('1.001266', [2, '09:00'], ['Lê Thị Thu Trang', '0388 904 561', '038185000111', 'chợ Đông Tiến'], {
    steps: [
      assign([2, '09:20'], CV_HKD),
      transfer(
        CV_HKD,
        [2, '10:30'],
        THUE,
        'Đề nghị cơ quan thuế cho ý kiến về việc hoàn thành nghĩa vụ thuế.',
      ),
    ],
  }),
  dongTien('1.004884', [4, '08:15'], ['Cao Văn Phúc', '0398 120 664', '038060000112', 'thôn Hạ'], {
    channel: 'post',
    notApplicable: [2, 5],
    steps: [
      ...throughApproval(2, '08:10'),
      step('send_by_post', TN, [1, '09:00'], 'Gửi qua bưu điện theo đề nghị của người nộp.'),
    ],
  }),
  dongTien('1.004772', [8, '09:00'], ['Nguyễn Văn Bình', '0936 552 017', '038072000113', 'thôn Thượng'], {
    notApplicable: [3, 6],
    steps: [
      assign([8, '09:30'], CV),
      step(
        'stop',
        LD,
        [6, '10:00'],
        'Người này đã được đăng ký khai sinh tại nơi khác; dừng xử lý để xác minh.',
      ),
    ],
  }),
  dongTien(MARITAL, [3, '09:20'], ['Trịnh Thị Hoa', '0359 771 846', '038195000114', 'thôn Trung'], {
    notApplicable: MARITAL_NA,
    steps: [step('withdraw', TN, [2, '08:00'], 'Người nộp có đơn xin rút hồ sơ để nộp lại sau.')],
  }),
  dongTien('1.004859', [5, '10:10'], ['Mai Văn Thắng', '0917 336 052', '038087000115', 'thôn Hạ'], {
    notApplicable: [4],
    steps: [
      assign([5, '10:30'], CV),
      step('refuse', CV, [5, '14:30'], 'Giấy tờ cung cấp không chứng minh được nội dung đề nghị cải chính.'),
    ],
  }),
  dongTien('1.004884', [4, '10:00'], ['Bùi Văn Sơn', '0869 405 283', '038059000116', 'thôn Trung'], {
    notApplicable: [2, 5],
    steps: [
      assign([4, '10:20'], CV),
      step(
        'request_supplement',
        CV,
        [3, '09:00'],
        'Cần bổ sung giấy tờ chứng minh nội dung khai sinh (học bạ hoặc sổ hộ khẩu cũ).',
      ),
    ],
  }),
  dongTien(MARITAL, [6, '08:20'], ['Lương Thị Nga', '0394 618 207', '038194000117', 'thôn Thượng'], {
    notApplicable: MARITAL_NA,
    missing: [2],
    steps: [
      step('receive_supplement', TN, [5, '09:00'], undefined, { brought: [2] }),
      assign([5, '09:30'], CV),
      step('appraise', CV, [4, '10:00'], 'Đủ điều kiện cấp.'),
      ...handedOver([4, '14:00'], [3, '08:30'], [3, '08:40'], [2, '15:00']),
    ],
  }),
  dongTien('1.001022', [3, '08:00'], ['Phan Văn Quý', '0971 530 648', '038084000118', 'thôn Hạ'], {
    steps: [
      assign([3, '08:20'], CV),
      step(
        'extend',
        LD,
        [2, '15:00'],
        'Cần xác minh thêm tại nơi cư trú của người cha; xin lỗi ông và hẹn lại ngày trả kết quả.',
        { extendDays: 2 },
      ),
    ],
  }),
  dongTien(MARITAL, [9, '08:00'], ['Lò Văn Pọm', '0353 287 119', '038086000119', 'bản Đông Sơn'], {
    notApplicable: MARITAL_NA,
    steps: [
      assign([9, '08:30'], CV),
      step('appraise', CV, [7, '10:00'], 'Đã xác minh; đề nghị cấp.'),
      ...handedOver([6, '10:30'], [6, '14:00'], [6, '14:10'], [5, '10:00']),
    ],
  }),
  dongTien('2.000815', [7, '08:05'], ['Tạ Thị Mến', '0328 665 904', '038189000120', 'thôn Thượng'], {
    steps: [...throughApproval(7, '08:15'), step('return_result', TN, [7, '10:10'])],
  }),
  dongTien('1.004884', [1, '10:40'], ['Hồ Thị Kim Oanh', '0949 062 318', '038188000123', 'thôn Thượng'], {
    notApplicable: [2, 5],
  }),
];
