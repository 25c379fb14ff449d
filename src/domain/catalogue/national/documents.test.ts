import { describe, expect, it } from 'vitest';
import { classifyGroup, parseDocuments, splitForm } from './documents.js';

const H = 'Tên giấy tờMẫu đơn, tờ khaiSố lượng';

describe('parseDocuments', () => {
  it('reads groups to submit and to present, counts, and notes', () => {
    const { documents, cases, notes, issues } = parseDocuments(
      `* Giấy tờ phải nộp:${H}- Giấy chứng sinh.1 bản chính` +
        `Trường hợp đã nộp bản điện tử thì không phải nộp bản giấy.0 bản chính` +
        `* Giấy tờ phải xuất trình:${H}- Giấy tờ tùy thân.1 bản chính` +
        `* Lưu ý:${H}- Cá nhân có quyền lựa chọn nơi đăng ký.0 bản chính` +
        `--${H}- Tờ khai theo mẫu;1 bản chính- Bản sao văn bản ủy quyền.0 bản chính,1 bản sao`,
    );
    expect(issues).toEqual([]);
    expect(cases).toEqual([]);
    expect(documents).toEqual([
      {
        name: 'Giấy chứng sinh.',
        kind: 'submit',
        originals: 1,
        copies: 0,
        note: 'Trường hợp đã nộp bản điện tử thì không phải nộp bản giấy.',
      },
      { name: 'Giấy tờ tùy thân.', kind: 'present', originals: 1, copies: 0 },
      { name: 'Tờ khai theo mẫu', kind: 'submit', originals: 1, copies: 0 },
      { name: 'Bản sao văn bản ủy quyền.', kind: 'submit', originals: 0, copies: 1 },
    ]);
    expect(notes).toEqual(['Cá nhân có quyền lựa chọn nơi đăng ký.']);
  });

  it('reads the documents of a named case (1.001612)', () => {
    const { documents, cases } = parseDocuments(
      `Trường hợp ủy quyền thực hiện thủ tục thì hồ sơ phải kèm theo một trong những giấy tờ sau: ${H}` +
        `(i) Văn bản ủy quyền cho cá nhân.0 bản chính,1 bản sao--${H}- Giấy đề nghị đăng ký hộ kinh doanh;1 bản chính`,
    );
    expect(cases).toEqual(['Trường hợp ủy quyền thực hiện thủ tục']);
    expect(documents).toEqual([
      {
        name: 'Văn bản ủy quyền cho cá nhân.',
        kind: 'submit',
        originals: 0,
        copies: 1,
        case: 'Trường hợp ủy quyền thực hiện thủ tục',
      },
      { name: 'Giấy đề nghị đăng ký hộ kinh doanh', kind: 'submit', originals: 1, copies: 0 },
    ]);
  });

  it('reads "Bản chính: 1 - Bản sao: 0" counts, and gives back a year glued to a count', () => {
    const { documents } = parseDocuments(
      `--${H}Đơn đề nghị.Bản chính: 2 - Bản sao: 1Văn bản cam kết theo mẫu năm 20241 bản chính`,
    );
    expect(documents.map((d) => [d.name, d.originals, d.copies])).toEqual([
      ['Đơn đề nghị.', 2, 1],
      ['Văn bản cam kết theo mẫu năm 2024', 1, 0],
    ]);
  });

  it('keeps text without a table as a note and says so', () => {
    const r = parseDocuments('Hồ sơ gồm đơn đề nghị.');
    expect(r.documents).toEqual([]);
    expect(r.notes).toEqual(['Hồ sơ gồm đơn đề nghị.']);
    expect(r.issues.map((i) => i.message)).toEqual([
      'không có bảng giấy tờ; nội dung giữ làm ghi chú: "Hồ sơ gồm đơn đề nghị."',
    ]);
    expect(parseDocuments('Không có thông tin').issues).toEqual([
      { field: 'documents', message: 'không có thành phần hồ sơ', gap: true },
    ]);
  });
});

describe('splitForm', () => {
  it('splits the form file glued to a document name (real rows)', () => {
    expect(
      splitForm(
        'Văn bản đề nghị gia hạn giấy phép thăm dò khoáng sảnMau 02-Phu luc I_37.2025.TT-BNNMT_02.7.2025.doc',
      ),
    ).toEqual({
      name: 'Văn bản đề nghị gia hạn giấy phép thăm dò khoáng sản',
      form: 'Mau 02-Phu luc I_37.2025.TT-BNNMT_02.7.2025.doc',
    });
    expect(
      splitForm(
        '- Đơn đăng ký theo Mẫu số 03 tại Phụ lục II của Nghị định 100/2024/NĐ-CPMau so 03 Phu luc II.docx',
      ),
    ).toEqual({
      name: '- Đơn đăng ký theo Mẫu số 03 tại Phụ lục II của Nghị định 100/2024/NĐ-CP',
      form: 'Mau so 03 Phu luc II.docx',
    });
    expect(splitForm('Giấy đề nghị cấp giấy phép theo mẫu.TK 1.001023 (xe TM).docx')).toEqual({
      name: 'Giấy đề nghị cấp giấy phép theo mẫu.',
      form: 'TK 1.001023 (xe TM).docx',
    });
    expect(splitForm('Đơn đề nghị cấp lại giấy phép')).toEqual({ name: 'Đơn đề nghị cấp lại giấy phép' });
  });
});

describe('classifyGroup', () => {
  it('tells documents to submit, to present, notes and cases apart', () => {
    expect(classifyGroup('* Giấy tờ phải nộp:')).toEqual({ role: 'submit' });
    expect(classifyGroup('* Giấy tờ phải xuất trình:')).toEqual({ role: 'present' });
    expect(classifyGroup('* Lưu ý :')).toEqual({ role: 'notes' });
    expect(classifyGroup('--')).toEqual({ role: 'submit' });
    expect(classifyGroup('a) Đối với cấp mới')).toEqual({ role: 'submit', case: 'a) Đối với cấp mới' });
    // An introduction to the list is not a case (2.001035, 2.000884); a title naming a situation is (1.011441).
    expect(
      classifyGroup(
        'Người yêu cầu chứng thực nộp 01 (một) bộ hồ sơ yêu cầu chứng thực, gồm các giấy tờ sau đây:',
      ),
    ).toEqual({
      role: 'submit',
    });
    expect(classifyGroup('Người yêu cầu chứng thực phải xuất trình các giấy tờ sau:')).toEqual({
      role: 'present',
    });
    expect(classifyGroup('Hồ sơ đăng ký đối với nhà ở hình thành trong tương lai:')).toEqual({
      role: 'submit',
      case: 'Hồ sơ đăng ký đối với nhà ở hình thành trong tương lai',
    });
  });
});
