/**
 * Records used by the checklist's tests (unit tests here and the PDF adapter's), shaped like real catalogue
 * entries, so wording and layout are checked against realistic text.
 */
import type { ProcedureRecord } from '../catalogue/record.js';

export const birthRegistration: ProcedureRecord = {
  code: '1.001193',
  name: 'Đăng ký khai sinh',
  field: { code: 'HT', name: 'Hộ tịch' },
  decision: '163/QĐ-BTP',
  type: 'TTHC được giao luật quy định chi tiết',
  levels: ['commune'],
  applicants: ['Công dân Việt Nam', 'Người Việt Nam định cư ở nước ngoài'],
  steps: [
    'Người yêu cầu nộp hồ sơ tại Trung tâm Phục vụ hành chính công hoặc trực tuyến trên Cổng Dịch vụ công quốc gia.',
    'Công chức tiếp nhận kiểm tra hồ sơ; hồ sơ đầy đủ thì tiếp nhận, sau 15 giờ thì hẹn trả ngày làm việc tiếp theo.',
    'Công chức tư pháp - hộ tịch ghi vào Sổ đăng ký khai sinh; người yêu cầu ký tên và nhận Giấy khai sinh.',
  ],
  channels: [
    { kind: 'online', timeLimit: { value: 0, unit: 'same_day' }, fees: [] },
    { kind: 'desk', timeLimit: { value: 0, unit: 'same_day' }, fees: [{ name: 'Lệ phí', amount: 0 }] },
    { kind: 'post', timeLimit: { value: 0, unit: 'same_day' }, fees: [] },
  ],
  cases: ['Trẻ em bị bỏ rơi', 'Trẻ em sinh ra do mang thai hộ'],
  documents: [
    {
      name: 'Tờ khai đăng ký khai sinh',
      kind: 'submit',
      originals: 1,
      copies: 0,
      form: { name: 'Tờ khai đăng ký khai sinh (Mẫu TT 04/2024/TT-BTP)' },
    },
    {
      name: 'Giấy chứng sinh; trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng xác nhận về việc sinh; nếu không có người làm chứng thì phải có giấy cam đoan về việc sinh',
      kind: 'submit',
      originals: 1,
      copies: 0,
      note: 'Đã nộp bản điện tử Giấy chứng sinh thì không phải nộp bản giấy.',
    },
    {
      name: 'Văn bản ủy quyền (được chứng thực) trong trường hợp ủy quyền thực hiện việc đăng ký khai sinh',
      kind: 'submit',
      originals: 1,
      copies: 0,
    },
    {
      name: 'Biên bản về việc trẻ bị bỏ rơi do cơ quan có thẩm quyền lập',
      kind: 'submit',
      originals: 1,
      copies: 0,
      case: 'Trẻ em bị bỏ rơi',
    },
    {
      name: 'Văn bản xác nhận của cơ sở y tế đã thực hiện kỹ thuật hỗ trợ sinh sản cho việc mang thai hộ',
      kind: 'submit',
      originals: 1,
      copies: 0,
      case: 'Trẻ em sinh ra do mang thai hộ',
    },
    {
      name: 'Hộ chiếu, Căn cước hoặc giấy tờ tùy thân có ảnh của người yêu cầu',
      kind: 'present',
      originals: 1,
      copies: 0,
    },
    {
      name: 'Giấy tờ chứng minh nơi cư trú, khi không khai thác được thông tin cư trú',
      kind: 'present',
      originals: 0,
      copies: 0,
    },
  ],
  results: [{ name: 'Giấy khai sinh', code: 'KQ.G15.000031' }],
  conditions: undefined,
  legalBasis: [
    { number: '60/2014/QH13', title: 'Luật Hộ tịch', issuedOn: '2014-11-20', issuer: 'Quốc hội' },
    {
      number: '123/2015/NĐ-CP',
      title: 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch',
      issuedOn: '2015-11-15',
      issuer: 'Chính phủ',
    },
  ],
  related: [],
  onlineLevel: 'full',
  flags: { sameDay: true, interAgency: false },
  clockOnSupplement: 'restart',
  keywords: ['làm giấy khai sinh', 'khai sinh cho con'],
};
