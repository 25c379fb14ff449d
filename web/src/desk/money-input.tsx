/**
 * Inputs of the land → tax forms written the Vietnamese way: đồng grouped by dots ("12.500.000"), areas with a
 * decimal comma ("150,5"), dates as dd/mm/yyyy (sent as YYYY-MM-DD).
 */
import { DatePicker, InputNumber } from 'antd';
import type { Dayjs } from 'dayjs';

/** What a form item gives its number input. */
interface NumberFieldProps {
  id?: string;
  value?: number | null;
  onChange?: (v: number | null) => void;
}

export function DongInput(props: NumberFieldProps) {
  return (
    <InputNumber<number>
      {...props}
      min={0}
      max={1_000_000_000_000}
      style={{ width: '100%' }}
      suffix="đồng"
      inputMode="numeric"
      formatter={(v) => String(v ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, '.')}
      parser={(v) => Number((v ?? '').replace(/\D/g, '')) || 0}
    />
  );
}

export function AreaInput(props: NumberFieldProps) {
  return (
    <InputNumber<number>
      {...props}
      min={0.01}
      max={100_000_000}
      step={0.1}
      decimalSeparator=","
      style={{ width: '100%' }}
      suffix="m²"
      inputMode="decimal"
    />
  );
}

export function DayInput(props: { id?: string; value?: Dayjs | null; onChange?: (v: Dayjs | null) => void }) {
  return <DatePicker {...props} format="DD/MM/YYYY" placeholder="dd/mm/yyyy" style={{ width: '100%' }} />;
}

export const isoDay = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);
