/**
 * The edit form's plain lists: steps (trình tự thực hiện), results (kết quả) and the legal basis (căn cứ pháp lý).
 */
import { Button, Form, Input } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { dateItemProps, DateInput, ItemActions, Section } from './form-parts.js';

export function StepsSection() {
  return (
    <Section id="cat-steps" title="Trình tự thực hiện">
      <Form.List name={['record', 'steps']}>
        {(items, { add, remove, move }) => (
          <>
            {items.map((item, i) => (
              <div key={item.key} className="cat-row">
                <Form.Item
                  label={`Bước ${i + 1}`}
                  name={item.name}
                  rules={[{ required: true, whitespace: true, message: 'Nhập nội dung bước.' }]}
                  className="cat-grow"
                >
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 12 }} />
                </Form.Item>
                <ItemActions
                  index={i}
                  count={items.length}
                  what={`bước ${i + 1}`}
                  move={move}
                  remove={remove}
                />
              </div>
            ))}
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => add('')} disabled={items.length >= 50}>
              Thêm bước
            </Button>
          </>
        )}
      </Form.List>
    </Section>
  );
}

export function ResultsSection() {
  return (
    <Section id="cat-results" title="Kết quả thực hiện">
      <Form.List name={['record', 'results']}>
        {(items, { add, remove }) => (
          <>
            {items.map((item, i) => (
              <fieldset key={item.key} className="cat-row cat-plain">
                <legend className="cat-visually-hidden">Kết quả {i + 1}</legend>
                <div className="cat-grid cat-grid-result cat-grow">
                  <Form.Item
                    label={`Kết quả ${i + 1}`}
                    name={[item.name, 'name']}
                    rules={[{ required: true, whitespace: true, message: 'Nhập tên kết quả.' }]}
                  >
                    <Input />
                  </Form.Item>
                  <Form.Item label="Mã kết quả" name={[item.name, 'code']}>
                    <Input placeholder="KQ.G15.000031" spellCheck={false} />
                  </Form.Item>
                </div>
                <ItemActions index={i} count={items.length} what={`kết quả ${i + 1}`} remove={remove} />
              </fieldset>
            ))}
            <Button
              icon={<PlusOutlined aria-hidden />}
              onClick={() => add({ name: '' })}
              disabled={items.length >= 20}
            >
              Thêm kết quả
            </Button>
          </>
        )}
      </Form.List>
    </Section>
  );
}

export function LegalBasisSection() {
  return (
    <Section id="cat-legal" title="Căn cứ pháp lý">
      <Form.List name={['record', 'legalBasis']}>
        {(items, { add, remove, move }) => (
          <>
            {items.map((item, i) => (
              <fieldset key={item.key} className="cat-item">
                <legend className="cat-item-legend">Văn bản {i + 1}</legend>
                <ItemActions
                  index={i}
                  count={items.length}
                  what={`văn bản ${i + 1}`}
                  move={move}
                  remove={remove}
                />
                <div className="cat-grid cat-grid-legal">
                  <Form.Item
                    label="Số hiệu"
                    name={[item.name, 'number']}
                    rules={[{ required: true, whitespace: true, message: 'Nhập số hiệu.' }]}
                  >
                    <Input placeholder="123/2015/NĐ-CP" spellCheck={false} />
                  </Form.Item>
                  <Form.Item label="Trích yếu" name={[item.name, 'title']}>
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
                  </Form.Item>
                  <Form.Item label="Ngày ban hành" name={[item.name, 'issuedOn']} {...dateItemProps}>
                    <DateInput />
                  </Form.Item>
                  <Form.Item label="Cơ quan ban hành" name={[item.name, 'issuer']} className="cat-tight">
                    <Input />
                  </Form.Item>
                </div>
              </fieldset>
            ))}
            <Button
              icon={<PlusOutlined aria-hidden />}
              onClick={() => add({ number: '', title: '' })}
              disabled={items.length >= 100}
            >
              Thêm văn bản
            </Button>
          </>
        )}
      </Form.List>
    </Section>
  );
}
