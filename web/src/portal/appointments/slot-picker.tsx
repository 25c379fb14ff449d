/**
 * Choosing a slot: a week of days (previous/next week) as buttons, then the chosen day's slots as radio buttons; the
 * 9th hour and special sessions carry their label. Days without slots say why (no-appointment day, closed, full);
 * a no-appointment day offers only its 9th hour, if any.
 */
import { useId, useState } from 'react';
import { addDays, dayName, useSlots, type OfferedDay, type OfferedSlot } from './api.js';

/** Why a day offers nothing, or undefined when it has free slots. */
function dayStatus(day: OfferedDay): string | undefined {
  // On a no-appointment day only the 9th hour takes bookings; the rest of the day is for walk-ins.
  if (day.noAppointment && day.slots.length === 0) return 'Ngày không hẹn (giải quyết trong ngày)';
  if (day.closed) return `Nghỉ: ${day.closed}`;
  if (day.slots.length === 0) return 'Không có giờ hẹn';
  if (day.slots.every((s) => s.placesLeft === 0)) return 'Đã hết chỗ';
  return undefined;
}

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
  const [openDay, setOpenDay] = useState<string>();
  if (query.isPending) return <p>Đang tải giờ hẹn…</p>;
  if (query.isError)
    return (
      <div className="card track-alert" role="alert">
        {query.error.message}
      </div>
    );
  const data = query.data;
  const shown =
    data.days.find((d) => d.date === openDay) ??
    data.days.find((d) => dayStatus(d) === undefined) ??
    data.days[0];
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
      <div className="appt-day-tabs" role="group" aria-label="Ngày">
        {data.days.map((day) => (
          <button
            key={day.date}
            type="button"
            className={`appt-day-tab${day.date === shown?.date ? ' active' : ''}`}
            aria-pressed={day.date === shown?.date}
            onClick={() => setOpenDay(day.date)}
          >
            <span>{dayName(day.date, day.weekday).slice(0, -5)}</span>
            <small>{dayStatus(day) ?? `${day.slots.filter((x) => x.placesLeft > 0).length} giờ trống`}</small>
          </button>
        ))}
      </div>
      {shown && (
        <section className="appt-day" aria-label={dayName(shown.date, shown.weekday)}>
          <h3>{dayName(shown.date, shown.weekday)}</h3>
          {dayStatus(shown) ? (
            <p className="muted">{dayStatus(shown)}</p>
          ) : (
            <ul>
              {shown.slots.map((slot) => (
                <SlotOption key={slot.startsAt} slot={slot} name={`${id}-slot`} {...props} />
              ))}
            </ul>
          )}
        </section>
      )}
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
