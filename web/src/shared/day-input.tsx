/**
 * A day field of the staff pages, shown and typed as dd/mm/yyyy whatever the browser's language (a native date
 * input follows the browser's: mm/dd/yyyy in an English one), and held as yyyy-mm-dd like the API's days.
 */
import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

const ISO = 'YYYY-MM-DD';

export function DayInput(props: {
  /** yyyy-mm-dd */
  value: string;
  onChange: (day: string) => void;
  /** The first and last days that can be chosen, yyyy-mm-dd. */
  min?: string | undefined;
  max?: string | undefined;
  id?: string;
}) {
  const outside = (d: Dayjs) => {
    const day = d.format(ISO);
    return (props.min !== undefined && day < props.min) || (props.max !== undefined && day > props.max);
  };
  return (
    <DatePicker
      id={props.id}
      value={dayjs(props.value)}
      format="DD/MM/YYYY"
      placeholder="dd/mm/yyyy"
      allowClear={false}
      disabledDate={outside}
      onChange={(d: Dayjs | null) => {
        if (d && !outside(d)) props.onChange(d.format(ISO));
      }}
      style={{ flex: '0 1 140px', minWidth: 124 }}
    />
  );
}
