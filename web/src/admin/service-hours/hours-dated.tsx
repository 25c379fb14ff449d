/**
 * The unit's own initiatives in the service-hours form: extra sessions per field by weekday (the 9th hour), dated
 * sessions (a volunteer Saturday) and closures (a whole day or some hours, for every field or some).
 */
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
  const set = (i: number, e: ExtraRule) => onChange(value.map((r, j) => (j === i ? e : r)));
  const seasonOptions = [
    { value: '', label: 'Mọi mùa' },
    ...props.seasons.map((s) => ({ value: s, label: seasonLabel(s) })),
  ];
  return (
    <fieldset className="sh-part">
      <legend>Giờ phục vụ thêm theo lĩnh vực (giờ thứ 9)</legend>
      <p className="sh-note">Riêng của đơn vị này; đơn vị khác không thừa kế.</p>
      <div className="sh-rows">
        {value.map((extra, i) => {
          const title = `Giờ thêm ${i + 1}`;
          return (
            <div key={i} className="sh-row">
              <RowHead title={title} onRemove={() => onChange(value.filter((_, j) => j !== i))} />
              <FieldsInput
                label={`${title}: lĩnh vực`}
                placeholder="Chọn lĩnh vực"
                value={extra.fields}
                onChange={(fields) => set(i, { ...extra, fields })}
                fields={props.fields}
                messages={problemsAt(problems, `extras[${i}].fields`, true)}
              />
              <WeekdaysInput
                label={`${title}: các ngày`}
                value={extra.days}
                onChange={(days) => set(i, { ...extra, days })}
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
                      set(i, season ? { ...rest, season } : rest);
                    }}
                    options={seasonOptions}
                    style={{ width: 130 }}
                  />
                </label>
                <TextInput
                  label="Tên"
                  value={extra.label}
                  placeholder="Giờ thứ 9"
                  onChange={(label) => set(i, { ...extra, label })}
                />
              </div>
              <ProblemText messages={problemsAt(problems, `extras[${i}].season`)} />
              <SessionsInput
                label={title}
                value={extra.sessions}
                onChange={(sessions) => set(i, { ...extra, sessions })}
                path={`extras[${i}].sessions`}
                problems={problems}
              />
            </div>
          );
        })}
        <Button
          icon={<PlusOutlined />}
          onClick={() =>
            onChange([...value, { fields: [], days: [], sessions: [['17:00', '18:00']], label: 'Giờ thứ 9' }])
          }
        >
          Thêm giờ phục vụ thêm
        </Button>
      </div>
    </fieldset>
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
  const set = (i: number, s: SpecialRule) => onChange(value.map((r, j) => (j === i ? s : r)));
  return (
    <fieldset className="sh-part">
      <legend>Buổi phục vụ theo ngày (Thứ Bảy tình nguyện…)</legend>
      <div className="sh-rows">
        {value.map((special, i) => {
          const title = `Buổi theo ngày ${i + 1}`;
          return (
            <div key={i} className="sh-row">
              <RowHead title={title} onRemove={() => onChange(value.filter((_, j) => j !== i))} />
              <div className="sh-row-line">
                <DateField
                  label="Ngày"
                  value={special.date}
                  min={props.min}
                  onChange={(date) => set(i, { ...special, date })}
                  messages={problemsAt(problems, `specials[${i}].date`)}
                />
                <TextInput
                  label="Tên"
                  value={special.label}
                  onChange={(label) => set(i, { ...special, label })}
                />
              </div>
              <FieldsInput
                label={`${title}: lĩnh vực`}
                placeholder="Mọi lĩnh vực"
                value={special.fields}
                onChange={(fields) => set(i, { ...special, fields })}
                fields={props.fields}
                messages={problemsAt(problems, `specials[${i}].fields`, true)}
              />
              <SessionsInput
                label={title}
                value={special.sessions}
                onChange={(sessions) => set(i, { ...special, sessions })}
                path={`specials[${i}].sessions`}
                problems={problems}
              />
            </div>
          );
        })}
        <Button
          icon={<PlusOutlined />}
          onClick={() =>
            onChange([...value, { date: '', sessions: [['07:30', '11:30']], label: 'Thứ Bảy tình nguyện' }])
          }
        >
          Thêm buổi theo ngày
        </Button>
      </div>
    </fieldset>
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
  const set = (i: number, c: ClosureRule) => onChange(value.map((r, j) => (j === i ? c : r)));
  return (
    <fieldset className="sh-part">
      <legend>Ngày, giờ tạm nghỉ</legend>
      <div className="sh-rows">
        {value.map((closure, i) => {
          const title = `Tạm nghỉ ${i + 1}`;
          const wholeDay = closure.from === undefined && closure.to === undefined;
          const { from: _f, to: _t, ...day } = closure;
          return (
            <div key={i} className="sh-row">
              <RowHead title={title} onRemove={() => onChange(value.filter((_, j) => j !== i))} />
              <div className="sh-row-line">
                <DateField
                  label="Ngày"
                  value={closure.date}
                  min={props.min}
                  onChange={(date) => set(i, { ...closure, date })}
                  messages={problemsAt(problems, `closures[${i}].date`)}
                />
                <Checkbox
                  checked={wholeDay}
                  onChange={(e) => set(i, e.target.checked ? day : { ...day, from: '13:30', to: '17:00' })}
                >
                  Cả ngày
                </Checkbox>
              </div>
              {!wholeDay && (
                <SessionsInputSingle
                  title={title}
                  closure={closure}
                  onChange={(from, to) => set(i, { ...closure, from, to })}
                  problems={problems}
                  index={i}
                />
              )}
              <FieldsInput
                label={`${title}: lĩnh vực`}
                placeholder="Mọi lĩnh vực"
                value={closure.fields}
                onChange={(fields) => set(i, { ...closure, fields })}
                fields={props.fields}
                messages={problemsAt(problems, `closures[${i}].fields`, true)}
              />
              <TextInput
                label="Lý do"
                value={closure.reason}
                onChange={(reason) => set(i, { ...closure, reason })}
              />
            </div>
          );
        })}
        <Button icon={<PlusOutlined />} onClick={() => onChange([...value, { date: '' }])}>
          Thêm ngày tạm nghỉ
        </Button>
      </div>
    </fieldset>
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
