import { describe, expect, it } from 'vitest';
import demo from '../../../../src/services/demo-data/demo-catalogue.json' with { type: 'json' };
import type { CatalogueFile } from '../../../../src/domain/catalogue/record.js';
import { diffRecords, pathPlace } from './record-diff.js';

const procedures = (demo as unknown as CatalogueFile).procedures;
const birth = () => structuredClone(procedures.find((p) => p.code === '1.001193')!);

describe('diffRecords', () => {
  it('finds nothing between a record and itself', () => {
    expect(diffRecords(birth(), birth())).toEqual([]);
  });

  it('names an added keyword and a document whose copies changed', () => {
    const next = birth();
    next.keywords.push('khai sinh lại');
    next.documents[1]!.copies = 2;
    expect(diffRecords(birth(), next)).toEqual([
      {
        key: 'documents',
        label: 'Thành phần hồ sơ',
        changes: ['sửa «Giấy chứng sinh» (số bản sao 0 → 2)'],
      },
      { key: 'keywords', label: 'Từ khóa', changes: ['thêm «khai sinh lại»'] },
    ]);
  });

  it('reads a reordering as one change, and additions and removals by name', () => {
    const next = birth();
    next.documents.reverse();
    expect(diffRecords(birth(), next)).toEqual([
      { key: 'documents', label: 'Thành phần hồ sơ', changes: ['đổi thứ tự'] },
    ]);
    const fewer = birth();
    fewer.documents.splice(0, 1);
    fewer.legalBasis.push({ number: '01/2026/TT-BTP', title: 'Thông tư mới' });
    const parts = diffRecords(birth(), fewer);
    expect(parts.find((p) => p.key === 'documents')?.changes).toEqual([
      'bỏ «Tờ khai đăng ký khai sinh (theo mẫu)»',
    ]);
    expect(parts.find((p) => p.key === 'legalBasis')?.changes).toEqual(['thêm «01/2026/TT-BTP»']);
  });

  it('describes channel time limits and fees, flags and texts', () => {
    const next = birth();
    next.channels[1]!.timeLimit = { value: 2, unit: 'working_days' };
    next.channels[0]!.fees = [{ name: 'Lệ phí', amount: 8000 }];
    next.flags.sameDay = false;
    next.name = 'Đăng ký khai sinh (sửa)';
    delete next.conditions;
    const parts = Object.fromEntries(diffRecords(birth(), next).map((p) => [p.key, p.changes]));
    expect(parts.name).toEqual(['«Đăng ký khai sinh» → «Đăng ký khai sinh (sửa)»']);
    expect(parts.channels).toEqual([
      'sửa «Trực tiếp» (phí, lệ phí Miễn phí → Lệ phí: 8.000 đồng)',
      'sửa «Trực tuyến» (thời hạn 1 ngày làm việc → 2 ngày làm việc)',
    ]);
    expect(parts.flags).toEqual(['giải quyết trong ngày: có → không']);
    expect(parts.conditions?.[0]).toMatch(/ → «\(trống\)»$/);
  });
});

describe('pathPlace', () => {
  it('says where an error is', () => {
    expect(pathPlace('record.documents[1].copies')).toBe('Thành phần hồ sơ, giấy tờ 2');
    expect(pathPlace('record.channels[0].fees[2].amount')).toBe(
      'Cách thức thực hiện, cách thức 1, khoản phí 3',
    );
    expect(pathPlace('record.keywords[0]')).toBe('Từ khóa, từ khóa 1');
    expect(pathPlace('record.name')).toBe('Tên thủ tục');
    expect(pathPlace('effectiveFrom')).toBe('Hiệu lực từ ngày');
    expect(pathPlace('record')).toBe('Thủ tục');
    expect(pathPlace('record.questions[1].options[0].value')).toBe(
      'Câu hỏi về trường hợp, câu hỏi 2, phương án 1',
    );
    expect(pathPlace('record.documents[4].condition.question')).toBe('Thành phần hồ sơ, giấy tờ 5');
  });
});

describe('diffRecords on questions and conditions', () => {
  it('names an added question and a document that became conditional on it, in words', () => {
    const next = birth();
    next.questions = [
      ...(next.questions ?? []),
      { id: 'da_co_ho_so', text: 'Đã nộp hồ sơ trực tuyến?', kind: 'yes_no' },
    ];
    next.documents[1]!.condition = { question: 'da_co_ho_so', answers: ['no'] };
    next.documents[4]!.condition = undefined;
    const parts = Object.fromEntries(diffRecords(birth(), next).map((p) => [p.key, p.changes]));
    expect(parts.questions).toEqual(['thêm «Đã nộp hồ sơ trực tuyến?»']);
    expect(parts.documents).toEqual([
      'sửa «Giấy chứng sinh» (điều kiện: luôn cần → cần khi Đã nộp hồ sơ trực tuyến? — Không)',
      'sửa «Văn bản ủy quyền (có chứng thực)» (điều kiện: cần khi Có ủy quyền cho người khác đi nộp không? — Có → luôn cần)',
    ]);
  });
});

describe('diffRecords on reordered and changed lists', () => {
  it('says both that an item changed and that the order changed', () => {
    const next = birth();
    next.documents[1]!.copies = 1;
    next.documents.reverse();
    expect(diffRecords(birth(), next).find((p) => p.key === 'documents')?.changes).toEqual([
      'sửa «Giấy chứng sinh» (số bản sao 0 → 1)',
      'đổi thứ tự',
    ]);
  });
});
