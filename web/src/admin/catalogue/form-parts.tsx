/**
 * Small pieces the edit form's sections share: a titled section, the move/remove buttons of a list item, the VND
 * amount input, and a date input that keeps YYYY-MM-DD strings in the form.
 */
import type { ReactNode } from 'react';
import { Button, Card, DatePicker, InputNumber, Space, type FormItemProps } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import type { Level } from '../../../../src/domain/catalogue/record.js';

/** Same pattern as the record's code (validate.ts is not imported: it would bring the schema compiler along). */
export const PROCEDURE_CODE = /^[0-9A-Za-z][0-9A-Za-z._-]{2,39}$/;
export const levelList: readonly Level[] = ['central', 'province', 'commune'];

export function Section({
  id,
  title,
  extra,
  children,
}: {
  id: string;
  title: string;
  extra?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card
      id={id}
      className="cat-section"
      title={<h2 className="cat-section-title">{title}</h2>}
      extra={extra}
    >
      {children}
    </Card>
  );
}

/** Up, down and remove for item `index` of a list; `what` names the item for screen readers ("giấy tờ 3"). */
export function ItemActions({
  index,
  count,
  what,
  move,
  remove,
  removable = true,
}: {
  index: number;
  count: number;
  what: string;
  move?: (from: number, to: number) => void;
  remove: (index: number) => void;
  removable?: boolean;
}) {
  return (
    <Space size={4} className="cat-item-actions">
      {move && (
        <>
          <Button
            size="small"
            icon={<ArrowUpOutlined aria-hidden />}
            aria-label={`Chuyển ${what} lên`}
            title="Chuyển lên"
            disabled={index === 0}
            onClick={() => move(index, index - 1)}
          />
          <Button
            size="small"
            icon={<ArrowDownOutlined aria-hidden />}
            aria-label={`Chuyển ${what} xuống`}
            title="Chuyển xuống"
            disabled={index === count - 1}
            onClick={() => move(index, index + 1)}
          />
        </>
      )}
      {removable && (
        <Button
          size="small"
          danger
          icon={<DeleteOutlined aria-hidden />}
          aria-label={`Xóa ${what}`}
          title="Xóa"
          onClick={() => remove(index)}
        />
      )}
    </Space>
  );
}

/** 1234567 → "1.234.567" (Vietnamese thousands separator). */
export const thousands = (v: number | string | undefined) =>
  v === undefined || v === '' ? '' : String(v).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

const digitsOnly = (v: string | undefined) => (v ?? '').replace(/\D/g, '');

/** An amount in VND with thousands separators. */
export function MoneyInput(props: {
  id?: string;
  value?: number | null;
  onChange?: (v: number | null) => void;
  'aria-invalid'?: boolean;
}) {
  return (
    <InputNumber<number>
      {...props}
      min={0}
      max={1_000_000_000}
      step={1000}
      precision={0}
      formatter={thousands}
      parser={(v) => Number(digitsOnly(v))}
      suffix="đồng"
      className="cat-full"
      inputMode="numeric"
    />
  );
}

/** Form.Item props that keep a date as "YYYY-MM-DD" in the form while a DatePicker shows it. */
export const dateItemProps: Pick<FormItemProps, 'getValueProps' | 'normalize'> = {
  getValueProps: (v: unknown) => ({ value: typeof v === 'string' && v ? dayjs(v) : null }),
  normalize: (d: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : undefined),
};

export function DateInput(props: {
  id?: string;
  value?: Dayjs | null;
  onChange?: (d: Dayjs | null) => void;
}) {
  return <DatePicker {...props} format="DD/MM/YYYY" placeholder="dd/mm/yyyy" className="cat-full" />;
}
