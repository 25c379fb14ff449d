/**
 * Lịch hẹn của tôi (/dat-lich/:code, or /dat-lich/tra-cuu): the booking code and the phone it was booked with open
 * the appointment; it can be moved to another free slot or cancelled. Right after booking, the page opens with the
 * new appointment.
 */
import { useId, useState, type FormEvent } from 'react';
import { useLocation, useParams } from 'react-router';
import { appointmentsApi } from '../../../../src/contracts/appointments-api.js';
import { ApiError } from '../../shared/api.js';
import { call } from '../../shared/client.js';
import { PageTitle } from '../layout.js';
import { dayName, phoneProblem, type AppointmentView } from './api.js';
import { SlotPicker, type SlotChoice } from './slot-picker.js';
import './appointments.css';
import { appointmentStatusLabels } from '../../../../src/domain/appointments/status.js';

const STATUS = appointmentStatusLabels;

function Details({ appt, fresh }: { appt: AppointmentView; fresh: boolean }) {
  return (
    <section className="card appt-result" aria-labelledby="appt-title">
      {fresh && (
        <p className="appt-done">
          Đặt lịch thành công. Tin nhắn xác nhận đã được gửi đến số điện thoại của bạn.
        </p>
      )}
      <h2 id="appt-title">
        Mã lịch hẹn <span className="appt-code">{appt.displayCode}</span>
      </h2>
      <p>
        <span className={`track-status${appt.status === 'cancelled' ? ' cancelled' : ''}`}>
          {STATUS[appt.status]}
        </span>
      </p>
      <dl>
        <dt>Thời gian</dt>
        <dd>
          {appt.start}–{appt.end}, {dayName(appt.date)}
        </dd>
        <dt>Nơi làm thủ tục</dt>
        <dd>{appt.unit.name}</dd>
        <dt>Thủ tục</dt>
        <dd>
          {appt.procedure.name} ({appt.field.name})
        </dd>
        <dt>Người đặt</dt>
        <dd>
          {appt.fullName} · số điện thoại đuôi {appt.phoneEnding}
        </dd>
      </dl>
    </section>
  );
}

export default function ManagePage() {
  const { code: codeParam = '' } = useParams();
  const location = useLocation();
  const state = location.state as { phone?: string; booked?: AppointmentView } | null;
  const [code, setCode] = useState(codeParam === 'tra-cuu' ? '' : codeParam);
  const [phone, setPhone] = useState(state?.phone ?? '');
  const [appt, setAppt] = useState<AppointmentView | undefined>(state?.booked);
  const [fresh, setFresh] = useState(state?.booked !== undefined);
  const [mode, setMode] = useState<'view' | 'move' | 'cancel'>('view');
  const [slot, setSlot] = useState<SlotChoice>();
  const [from, setFrom] = useState<string>();
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [busy, setBusy] = useState(false);
  const id = useId();

  async function run(action: () => Promise<AppointmentView>, done: string) {
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      setAppt(await action());
      setFresh(false);
      setMode('view');
      setSlot(undefined);
      setNotice(done);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Không kết nối được máy chủ. Vui lòng thử lại.');
    } finally {
      setBusy(false);
    }
  }

  function onLookup(event: FormEvent) {
    event.preventDefault();
    const problem = !code.trim() ? 'Vui lòng nhập mã lịch hẹn.' : phoneProblem(phone);
    if (problem) return setError(problem);
    void run(() => call(appointmentsApi.lookup, { body: { code, phone } }), '');
  }

  const params = { code: appt?.code ?? '' };
  return (
    <div className="wrap appt">
      <PageTitle>Lịch hẹn của tôi</PageTitle>
      <h1>Lịch hẹn của tôi</h1>
      {!appt && (
        <form className="card appt-form section" onSubmit={onLookup} noValidate>
          <p className="muted">
            Nhập mã lịch hẹn (trong tin nhắn xác nhận) và số điện thoại đã dùng khi đặt lịch.
          </p>
          <div>
            <label htmlFor={`${id}-code`}>Mã lịch hẹn</label>
            <input
              id={`${id}-code`}
              value={code}
              onChange={(e) => setCode(e.target.value)}
              autoCapitalize="characters"
              autoComplete="off"
              spellCheck={false}
              maxLength={20}
            />
          </div>
          <div>
            <label htmlFor={`${id}-phone`}>Số điện thoại</label>
            <input
              id={`${id}-phone`}
              type="tel"
              inputMode="tel"
              value={phone}
              onChange={(e) => setPhone(e.target.value)}
              autoComplete="tel"
              maxLength={30}
            />
          </div>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            Xem lịch hẹn
          </button>
        </form>
      )}
      <div aria-live="polite">
        {error && (
          <div className="card track-alert" role="alert">
            {error}
          </div>
        )}
        {notice && <p className="appt-done">{notice}</p>}
      </div>
      {appt && <Details appt={appt} fresh={fresh} />}
      {appt?.status === 'booked' && mode === 'view' && (
        <div className="appt-actions">
          <button type="button" className="btn btn-outline" onClick={() => setMode('move')}>
            Đổi giờ hẹn
          </button>
          <button type="button" className="btn btn-outline" onClick={() => setMode('cancel')}>
            Hủy lịch hẹn
          </button>
        </div>
      )}
      {appt && mode === 'move' && (
        <section className="card appt-form section" aria-label="Đổi giờ hẹn">
          <SlotPicker
            unit={appt.unit.agencyId}
            field={appt.field.code}
            from={from ?? appt.date}
            onFromChange={setFrom}
            value={slot}
            onChange={setSlot}
          />
          <div className="appt-actions">
            <button
              type="button"
              className="btn btn-primary"
              disabled={!slot || busy}
              onClick={() =>
                void run(
                  () =>
                    call(appointmentsApi.reschedule, {
                      params,
                      body: { phone, date: slot!.date, start: slot!.start },
                    }),
                  'Đã đổi giờ hẹn. Tin nhắn xác nhận giờ mới đã được gửi.',
                )
              }
            >
              {slot ? `Đổi sang ${slot.start}–${slot.end}` : 'Chọn giờ mới'}
            </button>
            <button type="button" className="btn btn-outline" onClick={() => setMode('view')}>
              Không đổi
            </button>
          </div>
        </section>
      )}
      {appt && mode === 'cancel' && (
        <section className="card appt-form section" aria-label="Hủy lịch hẹn">
          <p>Bạn chắc chắn muốn hủy lịch hẹn này? Chỗ của bạn sẽ được nhường cho người khác.</p>
          <div className="appt-actions">
            <button
              type="button"
              className="btn btn-primary"
              disabled={busy}
              onClick={() =>
                void run(() => call(appointmentsApi.cancel, { params, body: { phone } }), 'Đã hủy lịch hẹn.')
              }
            >
              Xác nhận hủy
            </button>
            <button type="button" className="btn btn-outline" onClick={() => setMode('view')}>
              Giữ lịch hẹn
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
