/**
 * The Tax office's notice of financial obligations as it returns a land dossier: one line per obligation (kind,
 * amount in đồng, notice number and date, payment deadline), at least one. The server checks it again
 * (src/domain/land-tax/notice.ts) and names any field it refuses.
 */
import type { ActionBody } from '../../../src/contracts/dossier.js';
import { Button, Form, Input, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { obligationKinds, obligationLabels } from '../../../src/domain/land-tax/obligations.js';
import type { Obligation } from '../../../src/domain/land-tax/notice.js';
import { DayInput, DongInput, isoDay } from './money-input.js';

type ObligationValues = Omit<Obligation, 'noticeDate' | 'dueDate'> & {
  noticeDate?: Dayjs | null;
  dueDate?: Dayjs | null;
};

/** A first line: dated today, payable within 30 days (the usual term of a land notice). */
export const initialObligations = (): Partial<ObligationValues>[] => [
  { noticeDate: dayjs(), dueDate: dayjs().add(30, 'day') },
];

export function noticeBody(v: { obligations?: ObligationValues[] }): ActionBody['taxNotice'] {
  return {
    obligations: (v.obligations ?? []).map((o) => ({
      ...o,
      noticeDate: isoDay(o.noticeDate),
      dueDate: isoDay(o.dueDate),
    })),
  };
}

export function TaxNoticeFields() {
  return (
    <fieldset className="tax-slip-section">
      <legend>Thông báo nghĩa vụ tài chính</legend>
      <Form.List
        name={['taxNotice', 'obligations']}
        rules={[
          {
            validator: async (_, rows?: unknown[]) => {
              if (!rows || rows.length === 0) throw new Error('Cần ít nhất một khoản nghĩa vụ tài chính.');
            },
          },
        ]}
      >
        {(rows, { add, remove }, { errors }) => (
          <>
            {rows.map((row) => {
              const n = row.name + 1;
              return (
                <div key={row.key} className="tax-notice-row">
                  <div className="intake-grid">
                    <Form.Item
                      name={[row.name, 'kind']}
                      label={`Khoản phải nộp ${n}`}
                      rules={[{ required: true, message: 'Cần loại nghĩa vụ.' }]}
                    >
                      <Select
                        options={obligationKinds.map((k) => ({ value: k, label: obligationLabels[k] }))}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[row.name, 'amount']}
                      label={`Số tiền ${n}`}
                      rules={[{ required: true, message: 'Cần số tiền phải nộp.' }]}
                    >
                      <DongInput />
                    </Form.Item>
                    <Form.Item
                      name={[row.name, 'noticeNo']}
                      label={`Số thông báo ${n}`}
                      rules={[{ required: true, whitespace: true, message: 'Cần số thông báo.' }]}
                    >
                      <Input maxLength={50} />
                    </Form.Item>
                    <Form.Item
                      name={[row.name, 'noticeDate']}
                      label={`Ngày thông báo ${n}`}
                      rules={[{ required: true, message: 'Cần ngày thông báo.' }]}
                    >
                      <DayInput />
                    </Form.Item>
                    <Form.Item
                      name={[row.name, 'dueDate']}
                      label={`Hạn nộp ${n}`}
                      rules={[{ required: true, message: 'Cần hạn nộp.' }]}
                    >
                      <DayInput />
                    </Form.Item>
                  </div>
                  {rows.length > 1 && (
                    <Button
                      icon={<DeleteOutlined aria-hidden />}
                      onClick={() => remove(row.name)}
                      aria-label={`Bỏ khoản phải nộp ${n}`}
                    >
                      Bỏ khoản {n}
                    </Button>
                  )}
                </div>
              );
            })}
            <Form.ErrorList errors={errors} />
            <Button
              icon={<PlusOutlined aria-hidden />}
              onClick={() => add({ noticeDate: dayjs(), dueDate: dayjs().add(30, 'day') })}
            >
              Thêm khoản phải nộp
            </Button>
          </>
        )}
      </Form.List>
    </fieldset>
  );
}
