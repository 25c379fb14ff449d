import { describe, expect, it } from 'vitest';
import { fieldCodes, findDeskField, initials } from './fields.js';
import { parseApplicants, parseResults, parseSteps } from './steps.js';

describe('parseSteps', () => {
  it('splits at "Bước N" and keeps sub-items with their step', () => {
    const { steps } = parseSteps(
      'Bước 1. Lập hồ sơ\nBước 2. Nộp hồ sơ 1. Trường hợp A: nộp cho đơn vị.\n2. Trường hợp B: nộp cho cơ quan BHXH.\nBước 3. Nhận kết quả.',
    );
    expect(steps).toEqual([
      'Bước 1. Lập hồ sơ',
      'Bước 2. Nộp hồ sơ 1. Trường hợp A: nộp cho đơn vị.\n2. Trường hợp B: nộp cho cơ quan BHXH.',
      'Bước 3. Nhận kết quả.',
    ]);
  });

  it('splits at top-level dashes, joins hard-wrapped lines', () => {
    const { steps } = parseSteps(
      '- Nộp hồ sơ tại Trung tâm\nPhục vụ hành chính công.\n(i) Trường hợp hồ sơ đầy đủ thì tiếp nhận;\n- Công chức thẩm tra hồ sơ.',
    );
    expect(steps).toEqual([
      '- Nộp hồ sơ tại Trung tâm Phục vụ hành chính công.\n(i) Trường hợp hồ sơ đầy đủ thì tiếp nhận;',
      '- Công chức thẩm tra hồ sơ.',
    ]);
    expect(parseSteps('Không có thông tin').issues).toEqual([
      { field: 'steps', message: 'không có trình tự thực hiện', gap: true },
    ]);
  });
});

describe('parseResults', () => {
  it('reads result names and codes, dropping the keyword and description cells', () => {
    expect(
      parseResults(
        'Văn bản từ chốiMã: KQ.G19.000508+ Văn bản chấp thuậnMã: KQ.G19.000507Từ khóaKhông có thông tinMô tả…',
      ).results,
    ).toEqual([
      { name: 'Văn bản từ chối', code: 'KQ.G19.000508' },
      { name: 'Văn bản chấp thuận', code: 'KQ.G19.000507' },
    ]);
  });
});

describe('parseApplicants', () => {
  it('keeps commas inside parentheses and the "Cán bộ, công chức, viên chức" group together', () => {
    expect(
      parseApplicants(
        'Công dân Việt Nam, Tổ chức (không bao gồm doanh nghiệp, HTX), Cán bộ, công chức, viên chức',
      ),
    ).toEqual([
      'Công dân Việt Nam',
      'Tổ chức (không bao gồm doanh nghiệp, HTX)',
      'Cán bộ, công chức, viên chức',
    ]);
  });
});

describe('fields', () => {
  it('maps national fields to the desk fields', () => {
    expect(findDeskField('Hộ tịch')).toEqual({ code: 'HT', name: 'Hộ tịch' });
    expect(findDeskField('Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)')).toEqual({
      code: 'HKD',
      name: 'Hộ kinh doanh',
    });
    expect(findDeskField('Giảm nghèo')?.code).toBe('LDTBXH');
    expect(findDeskField('Hoạt động xây dựng')?.code).toBe('XD');
    expect(findDeskField('Tài nguyên nước')?.code).toBe('TNMT');
    expect(findDeskField('Thủy lợi')?.code).toBe('NN');
    expect(findDeskField('Hải quan')).toBeUndefined();
  });

  it('gives other fields stable initials, de-duplicated in name order', () => {
    expect(initials('Quản lý xuất nhập cảnh')).toBe('QLXNC');
    const codes = fieldCodes([
      'Hàng không',
      'Hải quan',
      'Hộ tịch',
      'Hàng không',
      'Hạ tầng kỹ thuật',
      'Hoạt động khác',
    ]);
    expect(codes.get('Hải quan')).toEqual({ code: 'HQ', name: 'Hải quan' });
    expect(codes.get('Hàng không')).toEqual({ code: 'HK', name: 'Hàng không' });
    expect(codes.get('Hoạt động khác')).toEqual({ code: 'HDK', name: 'Hoạt động khác' });
    expect(codes.get('Hộ tịch')).toEqual({ code: 'HT', name: 'Hộ tịch' });
    // "Hạ tầng kỹ thuật" is a construction field; a name whose initials are a desk code gets a number.
    expect(codes.get('Hạ tầng kỹ thuật')).toEqual({ code: 'XD', name: 'Xây dựng' });
    expect(fieldCodes(['Hành trình', 'Hộ tịch']).get('Hành trình')).toEqual({
      code: 'HT2',
      name: 'Hành trình',
    });
    expect(fieldCodes(['Hồ sơ', 'Hàng sắt']).get('Hàng sắt')?.code).toBe('HS');
    expect(fieldCodes(['Hồ sơ', 'Hàng sắt']).get('Hồ sơ')?.code).toBe('HS2');
  });
});
