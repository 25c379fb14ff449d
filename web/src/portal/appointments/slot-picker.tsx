/**
 * Choosing a slot: a week of days (previous/next week), then the day's free slots as radio buttons; the 9th hour
 * and special sessions carry their label. Days without slots say why (no-appointment day, closed, full).
 */
import { useId } from 'react';
import { addDays, dayName, useSlots, type OfferedSlot } from './api.js';

export interface SlotChoice {
  date: string;
  start: string;
  end: string;
}

export function SlotPicker(props: {
  unit: string;
  field: string;
  from: string | undefined;
  onFromChange: (from: string) => void;
  value: SlotChoice | undefined;
  onChange: (slot: SlotChoice) => void;
  error?: string | undefined;
}) {
  const id = useId();
  const query = useSlots(props.unit, props.field, props.from);
  if (query.isPending) return <p>Đang tải giờ hẹn…</p>;
  if (query.isError)
    return (
      <div className="card track-alert" role="alert">
        {query.error.message}
      </div>
    );
  const data = query.data;
  const first = data.days[0]?.date ?? data.today;
  const canBack = first > data.today;
  const canForward = addDays(first, 7) <= data.lastDate;
  return (
    <fieldset className="appt-slots" aria-describedby={props.error ? `${id}-error` : undefined}>
      <legend>Chọn ngày và giờ hẹn</legend>
      <div className="appt-week-nav">
        <button
          type="button"
          className="btn btn-outline"
          disabled={!canBack}
          onClick={() =>
            props.onFromChange(addDays(first, -7) < data.today ? data.today : addDays(first, -7))
          }
        >
          ‹ Tuần trước
        </button>
        <span>
          {dayName(first).slice(-10)} – {dayName(data.days.at(-1)?.date ?? first).slice(-10)}
        </span>
        <button
          type="button"
          className="btn btn-outline"
          disabled={!canForward}
          onClick={() => props.onFromChange(addDays(first, 7))}
        >
          Tuần sau ›
        </button>
      </div>
      {props.error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {props.error}
        </p>
      )}
      <div className="appt-days">
        {data.days.map((day) => {
          const free = day.slots.filter((s) => s.placesLeft > 0);
          const why = day.noAppointment
            ? 'Ngày không hẹn (giải quyết trong ngày)'
            : day.closed
              ? `Nghỉ: ${day.closed}`
              : day.slots.length === 0
                ? 'Không có giờ hẹn'
                : free.length === 0
                  ? 'Đã hết chỗ'
                  : undefined;
          return (
            <section key={day.date} className="appt-day" aria-label={dayName(day.date, day.weekday)}>
              <h3>{dayName(day.date, day.weekday)}</h3>
              {why ? (
                <p className="muted">{why}</p>
              ) : (
                <ul>
                  {day.slots.map((s) => (
                    <SlotOption key={s.startsAt} slot={s} name={`${id}-slot`} {...props} />
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </fieldset>
  );
}

function SlotOption(props: {
  slot: OfferedSlot;
  name: string;
  value: SlotChoice | undefined;
  onChange: (slot: SlotChoice) => void;
}) {
  const { slot } = props;
  const full = slot.placesLeft === 0;
  const checked = props.value?.date === slot.date && props.value.start === slot.start;
  return (
    <li>
      <label className={`appt-slot${checked ? ' checked' : ''}${full ? ' full' : ''}`}>
        <input
          type="radio"
          name={props.name}
          value={`${slot.date} ${slot.start}`}
          disabled={full}
          checked={checked}
          onChange={() => props.onChange({ date: slot.date, start: slot.start, end: slot.end })}
        />
        <span className="appt-time">
          {slot.start}–{slot.end}
        </span>
        <span className="appt-note">
          {full ? 'Hết chỗ' : `Còn ${slot.placesLeft} chỗ`}
          {slot.label ? ` · ${slot.label}` : ''}
        </span>
      </label>
    </li>
  );
}
