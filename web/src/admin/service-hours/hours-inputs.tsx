/**
 * The small inputs of the service-hours form: sessions (pairs of times, added and removed), weekdays, fields, a
 * month-day typed as dd/mm, a date picked or typed as dd/mm/yyyy, and a problem message under an input. Times are
 * typed as HH:MM (24 hours) whatever the browser's language.
 */
import { useEffect, useState } from 'react';
import { Button, Checkbox, DatePicker, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { weekdayLabels } from '../../../../src/domain/dossier/day-modes.js';
import { fieldOptions, useProcedureCounts } from '../field-options.js';
import { problemsAt, type Problems } from './hours-draft.js';

type Session = [string, string];

export function ProblemText({ messages, id }: { messages: string[]; id?: string }) {
  if (messages.length === 0) return null;
  return (
    <div className="sh-problem" id={id} role="alert">
      {messages.join(' ')}
    </div>
  );
}

/** A time of day typed as HH:MM. */
export function TimeInput(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  invalid: boolean;
  describedBy?: string | undefined;
}) {
  return (
    <Input
      aria-label={props.label}
      value={props.value}
      placeholder="HH:MM"
      inputMode="numeric"
      maxLength={5}
      className="sh-time"
      onChange={(e) => props.onChange(e.target.value.trim())}
      status={props.invalid ? 'error' : undefined}
      aria-invalid={props.invalid || undefined}
      aria-describedby={props.describedBy}
    />
  );
}

/** A date (YYYY-MM-DD in the document) picked or typed as dd/mm/yyyy; days before `min` are greyed out. */
export function DateField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  min?: string;
  messages: string[];
}) {
  return (
    // Enter confirms the typed date; it must not also send the whole form.
    <label className="sh-inline" onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}>
      <span>{props.label}</span>
      <DatePicker
        aria-label={props.label}
        format="DD/MM/YYYY"
        placeholder="dd/mm/yyyy"
        value={props.value ? dayjs(props.value) : null}
        onChange={(d) => props.onChange(d ? d.format('YYYY-MM-DD') : '')}
        disabledDate={props.min ? (d) => d.format('YYYY-MM-DD') < props.min! : undefined}
        status={props.messages.length ? 'error' : undefined}
        style={{ width: 160 }}
      />
      <ProblemText messages={props.messages} />
    </label>
  );
}

export function SessionsInput(props: {
  value: Session[];
  onChange: (value: Session[]) => void;
  path: string;
  problems: Problems;
  /** What the sessions are for, in the inputs' accessible names, e.g. "Lịch tuần 1". */
  label: string;
}) {
  const { value, onChange, path, problems, label } = props;
  const set = (i: number, k: 0 | 1, v: string) =>
    onChange(value.map((s, j) => (j === i ? (k === 0 ? [v, s[1]] : [s[0], v]) : s)));
  return (
    <div className="sh-sessions">
      {value.map((s, i) => {
        const messages = problemsAt(problems, `${path}[${i}]`);
        const errorId = `${path}-${i}-problem`.replace(/[^\w-]/g, '_');
        return (
          <div key={i} className="sh-session">
            <TimeInput
              label={`${label}, buổi ${i + 1}, từ`}
              value={s[0]}
              onChange={(v) => set(i, 0, v)}
              invalid={messages.length > 0}
              describedBy={messages.length ? errorId : undefined}
            />
            <span aria-hidden>–</span>
            <TimeInput
              label={`${label}, buổi ${i + 1}, đến`}
              value={s[1]}
              onChange={(v) => set(i, 1, v)}
              invalid={messages.length > 0}
              describedBy={messages.length ? errorId : undefined}
            />
            <Button
              type="text"
              icon={<DeleteOutlined />}
              aria-label={`Xóa ${label.toLowerCase()}, buổi ${i + 1}`}
              onClick={() => onChange(value.filter((_, j) => j !== i))}
            />
            <ProblemText messages={messages} id={errorId} />
          </div>
        );
      })}
      <Button size="small" icon={<PlusOutlined />} onClick={() => onChange([...value, ['', '']])}>
        Thêm buổi
      </Button>
    </div>
  );
}

const weekdayOptions = [1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: d, label: weekdayLabels[d]! }));

export function WeekdaysInput(props: {
  value: number[];
  onChange: (value: number[]) => void;
  label: string;
  messages: string[];
}) {
  return (
    <div>
      <Checkbox.Group
        aria-label={props.label}
        options={weekdayOptions}
        value={props.value}
        onChange={(v) => props.onChange([...v].sort((a, b) => a - b))}
      />
      <ProblemText messages={props.messages} />
    </div>
  );
}

export function FieldsInput(props: {
  value: string[] | undefined;
  onChange: (value: string[]) => void;
  fields: { code: string; name: string }[];
  label: string;
  placeholder: string;
  messages: string[];
}) {
  const counts = useProcedureCounts();
  return (
    <div>
      <Select
        mode="multiple"
        aria-label={props.label}
        placeholder={props.placeholder}
        value={props.value ?? []}
        onChange={props.onChange}
        options={fieldOptions(props.fields, counts, props.value)}
        optionFilterProp="label"
        status={props.messages.length ? 'error' : undefined}
        style={{ minWidth: 220, width: '100%' }}
      />
      <ProblemText messages={props.messages} />
    </div>
  );
}

const toDayMonth = (md: string) => (/^\d{2}-\d{2}$/.test(md) ? `${md.slice(3)}/${md.slice(0, 2)}` : md);
const toMonthDay = (text: string) => {
  const m = /^(\d{1,2})\/(\d{1,2})$/.exec(text.trim());
  return m ? `${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : text.trim() ? 'invalid' : '';
};

/** A month-day (MM-DD in the document) typed as dd/mm. */
export function DayMonthInput(props: {
  value: string;
  onChange: (value: string) => void;
  label: string;
  messages: string[];
}) {
  const [text, setText] = useState(toDayMonth(props.value));
  useEffect(() => {
    if (toMonthDay(text) !== props.value) setText(toDayMonth(props.value));
    // Only when the value changes from outside.
  }, [props.value]);
  return (
    <label className="sh-inline">
      <span>{props.label}</span>
      <Input
        value={text}
        placeholder="dd/mm"
        inputMode="numeric"
        style={{ width: 90 }}
        status={props.messages.length ? 'error' : undefined}
        onChange={(e) => {
          setText(e.target.value);
          props.onChange(toMonthDay(e.target.value));
        }}
      />
      <ProblemText messages={props.messages} />
    </label>
  );
}
