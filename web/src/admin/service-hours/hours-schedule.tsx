/**
 * The regular part of the service-hours form: the weekly sessions and the seasons (summer, winter), each either
 * inherited from the unit above or the unit's own.
 */
import { Button, Select, Switch } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  problemsAt,
  seasonLabel,
  seasonLabels,
  type Problems,
  type SeasonRule,
  type WeeklyRule,
} from './hours-draft.js';
import { DayMonthInput, ProblemText, SessionsInput, WeekdaysInput } from './hours-inputs.js';

export function WeeklyRows(props: {
  value: WeeklyRule[];
  onChange: (value: WeeklyRule[]) => void;
  path: string;
  problems: Problems;
  label: string;
}) {
  const { value, onChange, path, problems, label } = props;
  const set = (i: number, rule: WeeklyRule) => onChange(value.map((r, j) => (j === i ? rule : r)));
  return (
    <div className="sh-rows">
      {value.map((rule, i) => (
        <div key={i} className="sh-row">
          <div className="sh-row-head">
            <strong>
              {label} {i + 1}
            </strong>
            <Button
              type="text"
              icon={<DeleteOutlined />}
              aria-label={`Xóa ${label.toLowerCase()} ${i + 1}`}
              onClick={() => onChange(value.filter((_, j) => j !== i))}
            />
          </div>
          <WeekdaysInput
            label={`${label} ${i + 1}: các ngày`}
            value={rule.days}
            onChange={(days) => set(i, { ...rule, days })}
            messages={problemsAt(problems, `${path}[${i}].days`, true)}
          />
          <SessionsInput
            label={`${label} ${i + 1}`}
            value={rule.sessions}
            onChange={(sessions) => set(i, { ...rule, sessions })}
            path={`${path}[${i}].sessions`}
            problems={problems}
          />
        </div>
      ))}
      <Button
        icon={<PlusOutlined />}
        onClick={() => onChange([...value, { days: [], sessions: [['07:00', '11:30']] }])}
      >
        Thêm dòng lịch tuần
      </Button>
    </div>
  );
}

function InheritSwitch(props: {
  checked: boolean;
  onChange: (on: boolean) => void;
  from: string;
  label: string;
}) {
  return (
    <label className="sh-inherit">
      <Switch size="small" checked={props.checked} onChange={props.onChange} aria-label={props.label} /> Theo{' '}
      {props.from}
    </label>
  );
}

export function WeeklySection(props: {
  inherit: boolean;
  onInherit: ((on: boolean) => void) | null;
  parentName: string;
  value: WeeklyRule[];
  onChange: (value: WeeklyRule[]) => void;
  problems: Problems;
}) {
  return (
    <fieldset className="sh-part">
      <legend>Lịch tuần (ngoài các mùa)</legend>
      {props.onInherit && (
        <InheritSwitch
          checked={props.inherit}
          onChange={props.onInherit}
          from={props.parentName}
          label={`Lịch tuần theo ${props.parentName}`}
        />
      )}
      {props.inherit ? (
        <p className="sh-note">Đơn vị dùng lịch tuần của {props.parentName}.</p>
      ) : (
        <WeeklyRows
          label="Lịch tuần"
          value={props.value}
          onChange={props.onChange}
          path="weekly"
          problems={props.problems}
        />
      )}
    </fieldset>
  );
}

const seasonOptions = Object.entries(seasonLabels).map(([value, label]) => ({ value, label }));

export function SeasonsSection(props: {
  inherit: boolean;
  onInherit: ((on: boolean) => void) | null;
  parentName: string;
  value: SeasonRule[];
  onChange: (value: SeasonRule[]) => void;
  problems: Problems;
}) {
  const { value, onChange, problems } = props;
  const set = (i: number, s: SeasonRule) => onChange(value.map((r, j) => (j === i ? s : r)));
  return (
    <fieldset className="sh-part">
      <legend>Mùa hè, mùa đông</legend>
      {props.onInherit && (
        <InheritSwitch
          checked={props.inherit}
          onChange={props.onInherit}
          from={props.parentName}
          label={`Các mùa theo ${props.parentName}`}
        />
      )}
      {props.inherit ? (
        <p className="sh-note">
          Đơn vị dùng các mùa của {props.parentName}
          {value.length ? `: ${value.map((s) => seasonLabel(s.name)).join(', ')}` : ''}.
        </p>
      ) : (
        <div className="sh-rows">
          {value.map((season, i) => (
            <div key={i} className="sh-row">
              <div className="sh-row-head">
                <Select
                  aria-label={`Mùa ${i + 1}: tên`}
                  value={season.name}
                  onChange={(name: string) => set(i, { ...season, name })}
                  options={seasonOptions}
                  style={{ width: 140 }}
                />
                <DayMonthInput
                  label="từ"
                  value={season.from}
                  onChange={(from) => set(i, { ...season, from })}
                  messages={problemsAt(problems, `seasons[${i}].from`)}
                />
                <DayMonthInput
                  label="đến"
                  value={season.to}
                  onChange={(to) => set(i, { ...season, to })}
                  messages={problemsAt(problems, `seasons[${i}].to`)}
                />
                <Button
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label={`Xóa mùa ${i + 1}`}
                  onClick={() => onChange(value.filter((_, j) => j !== i))}
                />
              </div>
              <ProblemText
                messages={problemsAt(problems, `seasons[${i}]`).concat(
                  problemsAt(problems, `seasons[${i}].name`),
                )}
              />
              <WeeklyRows
                label={`${seasonLabel(season.name)}, lịch tuần`}
                value={season.weekly}
                onChange={(weekly) => set(i, { ...season, weekly })}
                path={`seasons[${i}].weekly`}
                problems={problems}
              />
            </div>
          ))}
          <Button
            icon={<PlusOutlined />}
            onClick={() =>
              onChange([
                ...value,
                {
                  name: value.some((s) => s.name === 'summer') ? 'winter' : 'summer',
                  from: '',
                  to: '',
                  weekly: [],
                },
              ])
            }
          >
            Thêm mùa
          </Button>
        </div>
      )}
    </fieldset>
  );
}
