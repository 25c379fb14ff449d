/**
 * Receiving a supplement: each paper still missing is ticked when the citizen brought it (with its counts); a paper
 * left unticked needs the note to say why the dossier is accepted anyway — the same rule as the server's.
 */
import { Checkbox, Form, InputNumber, Typography } from 'antd';
import type { DossierDetail } from './dossier-api.js';

export type SupplementValues = Record<number, { brought?: boolean; originals?: number; copies?: number }>;

/** The papers ticked, as the API takes them. */
export function broughtDocuments(missing: DossierDetail['documents'], values: SupplementValues | undefined) {
  return missing
    .filter((d) => values?.[d.position]?.brought)
    .map((d) => ({
      index: d.position,
      originals: values?.[d.position]?.originals ?? d.originalsRequired,
      copies: values?.[d.position]?.copies ?? d.copiesRequired,
    }));
}

/** Whether the note is needed: a paper is left unticked, or none was missing and nothing says what came. */
export function supplementNeedsNote(
  missing: DossierDetail['documents'],
  values: SupplementValues | undefined,
): boolean {
  return missing.length === 0 || missing.some((d) => !values?.[d.position]?.brought);
}

export function SupplementDocuments({ missing }: { missing: DossierDetail['documents'] }) {
  const form = Form.useFormInstance();
  const values = Form.useWatch('documents', form) as SupplementValues | undefined;
  return (
    <div className="action-docs">
      <Typography.Paragraph>Đánh dấu giấy tờ công dân nộp bổ sung:</Typography.Paragraph>
      {missing.length === 0 && <Typography.Paragraph>Không còn giấy tờ nào thiếu.</Typography.Paragraph>}
      {missing.map((d) => (
        <div key={d.position} className="action-doc">
          <Form.Item name={['documents', d.position, 'brought']} valuePropName="checked" noStyle>
            <Checkbox onChange={() => void form.validateFields(['note']).catch(() => undefined)}>
              Đã nhận: {d.name}
            </Checkbox>
          </Form.Item>
          {values?.[d.position]?.brought && (
            <div className="action-doc-counts">
              <Form.Item
                name={['documents', d.position, 'originals']}
                label="Bản chính"
                initialValue={d.originalsRequired}
              >
                <InputNumber min={0} max={50} aria-label={`Bản chính: ${d.name}`} />
              </Form.Item>
              <Form.Item
                name={['documents', d.position, 'copies']}
                label="Bản sao"
                initialValue={d.copiesRequired}
              >
                <InputNumber min={0} max={50} aria-label={`Bản sao: ${d.name}`} />
              </Form.Item>
            </div>
          )}
        </div>
      ))}
    </div>
  );
}
