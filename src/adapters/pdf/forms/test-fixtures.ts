/** Sample data for the form tests and for looking at the forms. */
import type { ControlSlip } from '../../../domain/dossier/control-slip.js';
import type { FormAgency, FormDossier } from './common.js';
import type { RegisterRow } from './register.js';

export const agency: FormAgency = {
  parent: 'UBND xã Đông Tiến',
  name: 'Trung tâm Phục vụ hành chính công xã Đông Tiến',
  place: 'Đông Tiến',
  address: 'Thôn Trung Chính, xã Đông Tiến, tỉnh Thanh Hóa',
  hotline: '02373 900 900',
};

export const code = 'H56.10.01-261125-0007';

export const dossier: FormDossier = {
  code,
  procedureName: 'Đăng ký khai sinh',
  agency,
  applicant: {
    name: 'Nguyễn Thị Hường',
    address: 'Số 12, thôn Phú Thượng, xã Đông Tiến, tỉnh Thanh Hóa',
    phone: '+84912345678',
    email: 'huong.nguyen@example.vn',
    idNumber: '038195012345',
  },
  trackingUrl: `https://motcua.example.vn/tra-cuu?ma=${code}`,
  // 08:35 and 16:30 in Vietnam.
  receivedAt: '2026-11-25T01:35:00Z',
  dueAt: '2026-11-27T09:30:00Z',
};

export const receiptDocuments = [
  {
    name: 'Tờ khai đăng ký khai sinh theo mẫu (ban hành kèm Thông tư số 04/2024/TT-BTP)',
    kind: 'submit' as const,
    originals: 1,
    copies: 0,
  },
  {
    name: 'Giấy chứng sinh; trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng xác nhận về việc sinh',
    kind: 'submit' as const,
    originals: 1,
    copies: 0,
  },
  { name: 'Căn cước của người đi đăng ký khai sinh', kind: 'present' as const, originals: 0, copies: 0 },
];

/** A name long enough to wrap over several lines of any column. */
export const longName =
  'Văn bản ủy quyền theo quy định của pháp luật trong trường hợp ủy quyền thực hiện việc đăng ký khai sinh, ' +
  'có chứng thực chữ ký của người ủy quyền hoặc xác nhận của cơ quan có thẩm quyền nơi người ủy quyền cư trú';

export const controlSlip: ControlSlip = {
  code: '000.00.21.H56-261120-0003',
  procedureName:
    'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do chuyển nhượng',
  receivedAt: '2026-11-20T02:00:00Z',
  dueAt: '2026-12-04T09:30:00Z',
  rows: [
    {
      seq: 2,
      at: '2026-11-20T03:10:00Z',
      step: 'Chuyển xử lý',
      handedBy: { name: 'Lê Văn Tiếp', unit: 'Trung tâm Phục vụ hành chính công tỉnh Thanh Hóa' },
      receivedBy: { name: 'Phạm Thị Đất', unit: 'Chi nhánh Văn phòng Đăng ký đất đai khu vực Đông Sơn' },
      dueAt: '2026-11-20T09:30:00Z',
      outcome: 'early',
      note: null,
    },
    {
      seq: 4,
      at: '2026-11-24T08:00:00Z',
      step: 'Chuyển liên thông',
      handedBy: { name: 'Phạm Thị Đất', unit: 'Chi nhánh Văn phòng Đăng ký đất đai khu vực Đông Sơn' },
      receivedBy: { name: null, unit: 'Thuế cơ sở 3 tỉnh Thanh Hóa' },
      dueAt: '2026-11-24T09:30:00Z',
      outcome: 'on_time',
      note: 'Phiếu chuyển thông tin địa chính để xác định nghĩa vụ tài chính',
    },
    {
      seq: 6,
      at: '2026-11-30T04:00:00Z',
      step: 'Trả kết quả liên thông',
      handedBy: { name: 'Hoàng Văn Thuế', unit: 'Thuế cơ sở 3 tỉnh Thanh Hóa' },
      receivedBy: { name: 'Phạm Thị Đất', unit: 'Chi nhánh Văn phòng Đăng ký đất đai khu vực Đông Sơn' },
      dueAt: '2026-11-27T09:30:00Z',
      outcome: 'late',
      note: 'Thông báo nghĩa vụ tài chính',
    },
  ],
  agencies: [
    {
      unit: 'Chi nhánh Văn phòng Đăng ký đất đai khu vực Đông Sơn',
      agencyId: '000.00.21.H56',
      heldHours: 22,
      shareHours: 40,
      late: false,
    },
    {
      unit: 'Thuế cơ sở 3 tỉnh Thanh Hóa',
      agencyId: '000.00.22.H56',
      heldHours: 36.5,
      shareHours: 24,
      late: true,
    },
  ],
};

const applicants = ['Nguyễn Văn Ánh', 'Trần Thị Bích Ngọc', 'Lê Hoàng Phúc', 'Phạm Thị Ượng', 'Đỗ Minh Đức'];

/** `n` register rows received on consecutive days from 2 November 2026. */
export function registerRows(n: number): RegisterRow[] {
  return Array.from({ length: n }, (_, i) => {
    const received = new Date(Date.UTC(2026, 10, 2 + (i % 25), 1 + (i % 8), 15));
    const due = new Date(received.getTime() + 3 * 86_400_000);
    const finished = i % 3 === 0 ? null : new Date(received.getTime() + (i % 4 === 1 ? 4 : 1) * 86_400_000);
    return {
      code: `H56.10.01-2611${String(2 + (i % 25)).padStart(2, '0')}-${String(i + 1).padStart(4, '0')}`,
      applicantName: applicants[i % applicants.length]!,
      applicantPhone: '+84912345678',
      procedureName:
        i % 2 === 0
          ? 'Đăng ký khai sinh'
          : 'Thủ tục đăng ký khai sinh kết hợp đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
      receivedAt: received.toISOString(),
      dueAt: due.toISOString(),
      finishedAt: finished ? finished.toISOString() : null,
      statusLabel: finished ? 'Đã trả kết quả' : 'Đang giải quyết',
      timeliness: finished ? (i % 4 === 1 ? 'late' : 'early') : 'in_time',
    };
  });
}
