import { describe, expect, it } from 'vitest';
import { errorRows } from './import-errors.js';

describe('errorRows', () => {
  it('names the record by its code in the file, the place inside it, and the message without the prefix', () => {
    const file = { procedures: [{ code: '1.001193' }, { name: 'không có mã' }] };
    expect(
      errorRows(
        [
          {
            field: 'procedures[0].documents[0].originals',
            message: 'Thủ tục 1.001193: Số bản chính phải ≥ 0',
          },
          { field: 'procedures[1].code', message: 'Thủ tục thứ 2: Thiếu Mã' },
          { field: 'procedures[7]', message: 'Thủ tục thứ 8: phải là một đối tượng' },
          { field: 'format', message: 'Định dạng tệp phải là "motcua.catalogue"' },
        ],
        file,
      ),
    ).toEqual([
      {
        key: 0,
        record: '1.001193',
        place: 'documents[0].originals',
        where: 'Thành phần hồ sơ, giấy tờ 1',
        message: 'Số bản chính phải ≥ 0',
      },
      { key: 1, record: 'Thủ tục thứ 2', place: 'code', where: 'Mã thủ tục', message: 'Thiếu Mã' },
      { key: 2, record: 'Thủ tục thứ 8', place: '', where: 'Cả thủ tục', message: 'phải là một đối tượng' },
      {
        key: 3,
        record: 'Tệp',
        place: 'format',
        where: 'Tệp',
        message: 'Định dạng tệp phải là "motcua.catalogue"',
      },
    ]);
  });

  it('copes with a file that is not an object', () => {
    expect(errorRows([{ field: 'procedures[0].code', message: 'x' }], null)[0]?.record).toBe('Thủ tục thứ 1');
  });
});
