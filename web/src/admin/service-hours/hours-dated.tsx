/**
 * The unit's own initiatives in the service-hours form: extra sessions per field by weekday (the 9th hour), dated
 * sessions (a volunteer Saturday) and closures (a whole day or some hours, for every field or some).
 */
import type { ReactNode } from 'react';
import { Button, Checkbox, Input, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  problemsAt,
  seasonLabel,
  type ClosureRule,
  type ExtraRule,
  type Problems,
  type SpecialRule,
} from './hours-draft.js';
import {
  DateField,
  FieldsInput,
  ProblemText,
  SessionsInput,
  TimeInput,
  WeekdaysInput,
} from './hours-inputs.js';

type Fields = { code: string; name: string }[];

function RowHead(props: { title: string; onRemove: () => void }) {
  return (
    <div className="sh-row-head">
      <strong>{props.title}</strong>
      <Button
        type="text"
        icon={<DeleteOutlined />}
        aria-label={`Xóa ${props.title.toLowerCase()}`}
        onClick={props.onRemove}
      />
    </div>
  );
}

/**
 * The rules of one kind: a row each, with its title and a remove button, and a button that adds a blank one.
 * `row` draws a rule's inputs; `set` replaces that rule.
 */
function RuleList<T>(props: {
  legend: string;
  note?: ReactNode;
  value: T[];
  onChange: (value: T[]) => void;
  title: (i: number) => string;
  blank: () => NoInfer<T>;
  addLabel: string;
  row: (rule: NoInfer<T>, set: (rule: NoInfer<T>) => void, title: string, i: number) => ReactNode;
}) {
  const { value, onChange } = props;
  return (
    <fieldset className="sh-part">
      <legend>{props.legend}</legend>
      {props.note}
      <div className="sh-rows">
        {value.map((rule, i) => {
          const title = props.title(i);
          return (
            <div key={i} className="sh-row">
              <RowHead title={title} onRemove={() => onChange(value.filter((_, j) => j !== i))} />
              {props.row(rule, (r) => onChange(value.map((x, j) => (j === i ? r : x))), title, i)}
            </div>
          );
        })}
        <Button icon={<PlusOutlined />} onClick={() => onChange([...value, props.blank()])}>
          {props.addLabel}
        </Button>
      </div>
    </fieldset>
  );
}

function TextInput(props: {
  label: string;
  value: string | undefined;
  onChange: (v: string) => void;
  placeholder?: string;
}) {
  return (
    <label className="sh-inline sh-grow">
      <span>{props.label}</span>
      <Input
        value={props.value ?? ''}
        placeholder={props.placeholder}
        maxLength={200}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </label>
  );
}

export function ExtrasSection(props: {
  value: ExtraRule[];
  onChange: (value: ExtraRule[]) => void;
  seasons: string[];
  fields: Fields;
  problems: Problems;
}) {
  const { value, onChange, problems } = props;
  const seasonOptions = [
    { value: '', label: 'Mọi mùa' },
    ...props.seasons.map((s) => ({ value: s, label: seasonLabel(s) })),
  ];
  return (
    <RuleList<ExtraRule>
      legend="Giờ phục vụ thêm theo lĩnh vực (giờ thứ 9)"
      note={<p className="sh-note">Riêng của đơn vị này; đơn vị khác không thừa kế.</p>}
      value={value}
      onChange={onChange}
      title={(i) => `Giờ thêm ${i + 1}`}
      blank={() => ({ fields: [], days: [], sessions: [['17:00', '18:00']], label: 'Giờ thứ 9' })}
      addLabel="Thêm giờ phục vụ thêm"
      row={(extra, set, title, i) => (
        <>
          <FieldsInput
            label={`${title}: lĩnh vực`}
            placeholder="Chọn lĩnh vực"
            value={extra.fields}
            onChange={(fields) => set({ ...extra, fields })}
            fields={props.fields}
            messages={problemsAt(problems, `extras[${i}].fields`, true)}
          />
          <WeekdaysInput
            label={`${title}: các ngày`}
            value={extra.days}
            onChange={(days) => set({ ...extra, days })}
            messages={problemsAt(problems, `extras[${i}].days`, true)}
          />
          <div className="sh-row-line">
            <label className="sh-inline">
              <span>Mùa</span>
              <Select
                aria-label={`${title}: mùa`}
                value={extra.season ?? ''}
                onChange={(season: string) => {
                  const { season: _old, ...rest } = extra;
                  set(season ? { ...rest, season } : rest);
                }}
                options={seasonOptions}
                style={{ width: 130 }}
              />
            </label>
            <TextInput
              label="Tên"
              value={extra.label}
              placeholder="Giờ thứ 9"
              onChange={(label) => set({ ...extra, label })}
            />
          </div>
          <ProblemText messages={problemsAt(problems, `extras[${i}].season`)} />
          <SessionsInput
            label={title}
            value={extra.sessions}
            onChange={(sessions) => set({ ...extra, sessions })}
            path={`extras[${i}].sessions`}
            problems={problems}
          />
        </>
      )}
    />
  );
}

export function SpecialsSection(props: {
  value: SpecialRule[];
  onChange: (value: SpecialRule[]) => void;
  fields: Fields;
  problems: Problems;
  min: string;
}) {
  const { value, onChange, problems } = props;
  return (
    <RuleList<SpecialRule>
      legend="Buổi phục vụ theo ngày (Thứ Bảy tình nguyện…)"
      value={value}
      onChange={onChange}
      title={(i) => `Buổi theo ngày ${i + 1}`}
      blank={() => ({ date: '', sessions: [['07:30', '11:30']], label: 'Thứ Bảy tình nguyện' })}
      addLabel="Thêm buổi theo ngày"
      row={(special, set, title, i) => (
        <>
          <div className="sh-row-line">
            <DateField
              label="Ngày"
              value={special.date}
              min={props.min}
              onChange={(date) => set({ ...special, date })}
              messages={problemsAt(problems, `specials[${i}].date`)}
            />
            <TextInput label="Tên" value={special.label} onChange={(label) => set({ ...special, label })} />
          </div>
          <FieldsInput
            label={`${title}: lĩnh vực`}
            placeholder="Mọi lĩnh vực"
            value={special.fields}
            onChange={(fields) => set({ ...special, fields })}
            fields={props.fields}
            messages={problemsAt(problems, `specials[${i}].fields`, true)}
          />
          <SessionsInput
            label={title}
            value={special.sessions}
            onChange={(sessions) => set({ ...special, sessions })}
            path={`specials[${i}].sessions`}
            problems={problems}
          />
        </>
      )}
    />
  );
}

export function ClosuresSection(props: {
  value: ClosureRule[];
  onChange: (value: ClosureRule[]) => void;
  fields: Fields;
  problems: Problems;
  min: string;
}) {
  const { value, onChange, problems } = props;
  return (
    <RuleList<ClosureRule>
      legend="Ngày, giờ tạm nghỉ"
      value={value}
      onChange={onChange}
      title={(i) => `Tạm nghỉ ${i + 1}`}
      blank={() => ({ date: '' })}
      addLabel="Thêm ngày tạm nghỉ"
      row={(closure, set, title, i) => {
        const wholeDay = closure.from === undefined && closure.to === undefined;
        const { from: _f, to: _t, ...day } = closure;
        return (
          <>
            <div className="sh-row-line">
              <DateField
                label="Ngày"
                value={closure.date}
                min={props.min}
                onChange={(date) => set({ ...closure, date })}
                messages={problemsAt(problems, `closures[${i}].date`)}
              />
              <Checkbox
                checked={wholeDay}
                onChange={(e) => set(e.target.checked ? day : { ...day, from: '13:30', to: '17:00' })}
              >
                Cả ngày
              </Checkbox>
            </div>
            {!wholeDay && (
              <SessionsInputSingle
                title={title}
                closure={closure}
                onChange={(from, to) => set({ ...closure, from, to })}
                problems={problems}
                index={i}
              />
            )}
            <FieldsInput
              label={`${title}: lĩnh vực`}
              placeholder="Mọi lĩnh vực"
              value={closure.fields}
              onChange={(fields) => set({ ...closure, fields })}
              fields={props.fields}
              messages={problemsAt(problems, `closures[${i}].fields`, true)}
            />
            <TextInput
              label="Lý do"
              value={closure.reason}
              onChange={(reason) => set({ ...closure, reason })}
            />
          </>
        );
      }}
    />
  );
}

function SessionsInputSingle(props: {
  title: string;
  closure: ClosureRule;
  onChange: (from: string, to: string) => void;
  problems: Problems;
  index: number;
}) {
  const messages = [
    ...problemsAt(props.problems, `closures[${props.index}]`),
    ...problemsAt(props.problems, `closures[${props.index}].to`),
  ];
  return (
    <div className="sh-session">
      <TimeInput
        label={`${props.title}, từ`}
        value={props.closure.from ?? ''}
        onChange={(v) => props.onChange(v, props.closure.to ?? '')}
        invalid={messages.length > 0}
      />
      <span aria-hidden>–</span>
      <TimeInput
        label={`${props.title}, đến`}
        value={props.closure.to ?? ''}
        onChange={(v) => props.onChange(props.closure.from ?? '', v)}
        invalid={messages.length > 0}
      />
      <ProblemText messages={messages} />
    </div>
  );
}
