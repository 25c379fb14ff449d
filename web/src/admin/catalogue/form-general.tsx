/**
 * The edit form's general parts: identity (code, name, field, decision, type), who and where (levels, units,
 * applicants, agencies), how it runs (online level, same-day, inter-agency, clock on supplement), conditions and
 * what helps people find it (keywords, related procedures).
 */
import { Checkbox, Form, Input, Radio, Select, type FormInstance } from 'antd';
import { levelNames, onlineLevelNames } from '../../../../src/domain/checklist/checklist.js';
import { useFields } from '../../shared/catalogue.js';
import { useUnits } from '../org-api.js';
import type { FormValues } from './form-model.js';
import { levelList, PROCEDURE_CODE, Section } from './form-parts.js';

const R = 'record';
const tagsProps = { mode: 'tags' as const, open: false, tokenSeparators: ['\n'], suffixIcon: null };

export function GeneralSection({ form, isNew }: { form: FormInstance<FormValues>; isNew: boolean }) {
  const fields = useFields();
  const units = useUnits();
  return (
    <Section id="cat-general" title="Thông tin chung">
      <div className="cat-grid cat-grid-code">
        <Form.Item
          label="Mã thủ tục"
          name={[R, 'code']}
          rules={[
            { required: true, message: 'Vui lòng nhập mã thủ tục.' },
            {
              pattern: PROCEDURE_CODE,
              message: 'Mã gồm chữ, số, dấu chấm, gạch (3–40 ký tự), ví dụ 1.001193.',
            },
          ]}
          extra={isNew ? 'Mã TTHC quốc gia, hoặc mã địa phương như 2.000123.H56.' : 'Không đổi được mã.'}
        >
          <Input disabled={!isNew} spellCheck={false} autoComplete="off" />
        </Form.Item>
        <Form.Item
          label="Tên thủ tục"
          name={[R, 'name']}
          rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập tên thủ tục.' }]}
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
      </div>
      <div className="cat-grid cat-grid-3">
        <Form.Item
          label="Lĩnh vực"
          name={[R, 'field', 'code']}
          rules={[{ required: true, message: 'Vui lòng chọn lĩnh vực.' }]}
        >
          <Select
            loading={fields.isPending}
            showSearch={{ optionFilterProp: 'label' }}
            options={(fields.data ?? []).map((f) => ({ value: f.code, label: `${f.name} (${f.code})` }))}
            onChange={(code: string) => {
              const found = fields.data?.find((f) => f.code === code);
              if (found) form.setFieldValue([R, 'field', 'name'], found.name);
            }}
          />
        </Form.Item>
        <Form.Item name={[R, 'field', 'name']} hidden>
          <Input />
        </Form.Item>
        <Form.Item label="Số quyết định công bố" name={[R, 'decision']}>
          <Input placeholder="Ví dụ: 163/QĐ-BTP" />
        </Form.Item>
        <Form.Item label="Loại thủ tục" name={[R, 'type']}>
          <Input />
        </Form.Item>
      </div>
      <div className="cat-grid cat-grid-2">
        <Form.Item
          label="Cấp thực hiện"
          name={[R, 'levels']}
          // A validator rather than `required`: Ant Design would put aria-required on the group's plain div.
          rules={[
            {
              validator: (_, v: unknown[] | undefined) =>
                v?.length ? Promise.resolve() : Promise.reject(new Error('Chọn ít nhất một cấp.')),
            },
          ]}
        >
          <Checkbox.Group options={levelList.map((l) => ({ value: l, label: levelNames[l] }))} />
        </Form.Item>
        <Form.Item
          label="Đơn vị thực hiện"
          name={[R, 'units']}
          extra="Để trống: mọi đơn vị ở các cấp thực hiện."
        >
          <Select
            mode="multiple"
            allowClear
            loading={units.isPending}
            placeholder="Mọi đơn vị"
            showSearch={{ optionFilterProp: 'label' }}
            options={(units.data ?? []).map((u) => ({
              value: u.agencyId,
              label: `${u.name} (${u.agencyId})`,
            }))}
          />
        </Form.Item>
      </div>
      <Form.Item
        label="Đối tượng thực hiện"
        name={[R, 'applicants']}
        extra="Gõ rồi nhấn Enter để thêm từng đối tượng."
      >
        <Select {...tagsProps} />
      </Form.Item>
      <div className="cat-grid cat-grid-2">
        <Form.Item label="Cơ quan có thẩm quyền" name={[R, 'agencies', 'competent']}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Form.Item label="Cơ quan thực hiện" name={[R, 'agencies', 'implementing']}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Form.Item label="Cơ quan phối hợp" name={[R, 'agencies', 'cooperating']}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Form.Item label="Cơ quan được ủy quyền" name={[R, 'agencies', 'delegated']}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
      </div>
      <div className="cat-grid cat-grid-3">
        <Form.Item label="Mức độ trực tuyến" name={[R, 'onlineLevel']}>
          <Radio.Group
            aria-label="Mức độ trực tuyến"
            className="cat-radio-column"
            options={(['full', 'partial', 'none'] as const).map((v) => ({
              value: v,
              label: v === 'none' ? 'Không trực tuyến' : onlineLevelNames[v],
            }))}
          />
        </Form.Item>
        <Form.Item label="Khi yêu cầu bổ sung hồ sơ" name={[R, 'clockOnSupplement']}>
          <Radio.Group
            aria-label="Khi yêu cầu bổ sung hồ sơ"
            className="cat-radio-column"
            options={[
              { value: 'pause', label: 'Tạm dừng thời hạn' },
              { value: 'restart', label: 'Tính lại thời hạn từ đầu' },
            ]}
          />
        </Form.Item>
        <div>
          <div className="cat-label" id="cat-flags-label">
            Đặc điểm
          </div>
          <div role="group" aria-labelledby="cat-flags-label">
            <Form.Item name={[R, 'flags', 'sameDay']} valuePropName="checked" className="cat-tight">
              <Checkbox>Giải quyết trong ngày (nhận vào ngày không hẹn)</Checkbox>
            </Form.Item>
            <Form.Item name={[R, 'flags', 'interAgency']} valuePropName="checked" className="cat-tight">
              <Checkbox>Liên thông nhiều cơ quan</Checkbox>
            </Form.Item>
          </div>
        </div>
      </div>
      <Form.Item label="Yêu cầu, điều kiện" name={[R, 'conditions']}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} />
      </Form.Item>
      <Form.Item
        label="Từ khóa tìm kiếm"
        name={[R, 'keywords']}
        extra="Cách người dân hay gọi, ví dụ “làm giấy khai sinh”. Gõ rồi nhấn Enter để thêm."
      >
        <Select {...tagsProps} />
      </Form.Item>
      <Form.Item
        label="Thủ tục liên quan"
        name={[R, 'related']}
        extra="Mã các thủ tục liên quan; gõ mã rồi nhấn Enter."
      >
        <Select {...tagsProps} tokenSeparators={['\n', ',', ' ']} />
      </Form.Item>
    </Section>
  );
}
