/**
 * Parts of the desk intake form (intake-page.tsx) that only read and write the form's own fields: the fee to
 * collect, and the applicant (a person, or an organisation and its representative).
 */
import { Card, Form, Input, InputNumber, Radio } from 'antd';
import { formatMoney } from '../../../src/domain/checklist/checklist.js';
import { cccdRule, phoneRule, taxCodeRule } from './validation.js';

export interface ApplicantForm {
  kind: 'person' | 'organisation';
  orgName?: string;
  orgTaxCode?: string;
  orgAddress?: string;
  feeTiming: 'before' | 'after' | 'exempt';
  feeAmount?: number | null;
  feeNote?: string;
  name: string;
  idNumber?: string;
  phone: string;
  address?: string;
  email?: string;
  channel: 'desk' | 'post';
  note?: string;
  refuse: boolean;
  refusalReason?: string;
}

/** When the fee is collected, and how much (or on what grounds it is waived). */
export function FeeFields() {
  return (
    <div className="intake-grid intake-fee-row">
      <Form.Item name="feeTiming" label="Thu phí, lệ phí">
        <Radio.Group
          options={[
            { value: 'before', label: 'Nộp khi nộp hồ sơ' },
            { value: 'after', label: 'Nộp khi nhận kết quả' },
            { value: 'exempt', label: 'Miễn' },
          ]}
        />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a: ApplicantForm, b: ApplicantForm) => a.feeTiming !== b.feeTiming}>
        {({ getFieldValue }) =>
          getFieldValue('feeTiming') === 'exempt' ? (
            <Form.Item name="feeNote" label="Căn cứ miễn">
              <Input maxLength={500} />
            </Form.Item>
          ) : (
            <Form.Item
              name="feeAmount"
              label="Số tiền (đồng)"
              rules={[
                {
                  validator: (_, v: number | null | undefined) =>
                    v && v > 0
                      ? Promise.resolve()
                      : Promise.reject(new Error('Cần số tiền phí, lệ phí (hoặc chọn "Miễn").')),
                },
              ]}
            >
              <InputNumber<number>
                min={0}
                max={1_000_000_000}
                step={1000}
                style={{ width: '100%' }}
                formatter={(v) => String(v ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, '.')}
                parser={(v) => Number((v ?? '').replace(/\D/g, '')) || 0}
              />
            </Form.Item>
          )
        }
      </Form.Item>
    </div>
  );
}

/** Card 2: who submits the dossier. */
export function ApplicantCard() {
  return (
    <Card title={<h2 className="desk-card-title">2. Người nộp hồ sơ</h2>} className="intake-card">
      <Form.Item name="kind" label="Người nộp là">
        <Radio.Group
          optionType="button"
          options={[
            { value: 'person', label: 'Cá nhân' },
            { value: 'organisation', label: 'Tổ chức' },
          ]}
        />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a: ApplicantForm, b: ApplicantForm) => a.kind !== b.kind}>
        {({ getFieldValue }) => {
          const org = getFieldValue('kind') === 'organisation';
          return (
            <div className="intake-grid">
              {org && (
                <>
                  <Form.Item
                    name="orgName"
                    label="Tên tổ chức"
                    rules={[{ required: true, whitespace: true, message: 'Cần nhập tên tổ chức.' }]}
                  >
                    <Input autoComplete="off" maxLength={300} />
                  </Form.Item>
                  <Form.Item name="orgTaxCode" label="Mã số thuế" rules={[taxCodeRule]}>
                    <Input inputMode="numeric" autoComplete="off" maxLength={20} />
                  </Form.Item>
                  <Form.Item name="orgAddress" label="Địa chỉ trụ sở" className="intake-wide">
                    <Input autoComplete="off" maxLength={500} />
                  </Form.Item>
                </>
              )}
              <Form.Item
                name="name"
                label={org ? 'Họ và tên người đại diện' : 'Họ và tên'}
                rules={[{ required: true, whitespace: true, message: 'Cần nhập họ và tên.' }]}
              >
                <Input autoComplete="off" maxLength={200} />
              </Form.Item>
              <Form.Item
                name="idNumber"
                label={org ? 'Số CCCD người đại diện' : 'Số căn cước công dân'}
                rules={[cccdRule]}
              >
                <Input inputMode="numeric" autoComplete="off" maxLength={15} />
              </Form.Item>
              <Form.Item
                name="phone"
                label="Số điện thoại di động"
                rules={[{ required: true, message: 'Cần nhập số điện thoại.' }, phoneRule]}
              >
                <Input inputMode="tel" autoComplete="off" maxLength={20} />
              </Form.Item>
              <Form.Item
                name="email"
                label="Thư điện tử"
                rules={[{ type: 'email', message: 'Địa chỉ thư không hợp lệ.' }]}
              >
                <Input inputMode="email" autoComplete="off" maxLength={200} />
              </Form.Item>
              <Form.Item name="address" label="Địa chỉ" className="intake-wide">
                <Input autoComplete="off" maxLength={500} />
              </Form.Item>
            </div>
          );
        }}
      </Form.Item>
    </Card>
  );
}

/** The lines read back to the citizen besides the declaration: organisation, channel, fee, and their answers. */
export function readBackMore(values: ApplicantForm, answers: readonly string[]) {
  return [
    ...(values.kind === 'organisation' && values.orgName
      ? [
          {
            label: 'Tổ chức',
            value: values.orgName + (values.orgTaxCode ? ` (MST ${values.orgTaxCode})` : ''),
          },
        ]
      : []),
    {
      label: 'Hình thức nộp',
      value: values.channel === 'post' ? 'Qua dịch vụ bưu chính' : 'Trực tiếp tại bộ phận một cửa',
    },
    {
      label: 'Phí, lệ phí',
      value:
        values.feeTiming === 'exempt'
          ? 'Miễn'
          : `${formatMoney(values.feeAmount ?? 0)} — ${
              values.feeTiming === 'after' ? 'nộp khi nhận kết quả' : 'nộp khi nộp hồ sơ'
            }`,
    },
    ...answers.map((a) => ({ label: 'Trường hợp', value: a })),
  ];
}
