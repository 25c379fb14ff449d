/**
 * Đặt lịch hẹn (/dat-lich?thu-tuc=CODE[&don-vi=AGENCY][&ngay=YYYY-MM-DD][&tra-loi=uy_quyen:no,…]): the unit, a
 * free slot of the procedure's field, the citizen's name and mobile number, and the documents to bring with the
 * procedure's questions (answered already when the link came from the hotline or the procedure page). The answers
 * are kept with the appointment, so that the desk does not ask them again. On success the booking code is
 * shown on /dat-lich/:code and sent by SMS with the documents to bring.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { useAnswersParam } from '../answers.js';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { appointmentsApi } from '../../../../src/contracts/appointments-api.js';
import { ApiError } from '../../shared/api.js';
import { call } from '../../shared/client.js';
import { useProcedure } from '../../shared/catalogue.js';
import { ChecklistSection } from '../checklist-section.js';
import { PageTitle } from '../layout.js';
import { PhoneField } from '../phone-field.js';
import { phoneProblem, useBookingOptions } from './api.js';
import { SlotPicker, type SlotChoice } from './slot-picker.js';
import './appointments.css';

export default function BookingPage() {
  const [params, setParams] = useSearchParams();
  const code = params.get('thu-tuc') ?? '';
  if (!code) {
    return (
      <div className="wrap appt">
        <PageTitle>Đặt lịch hẹn</PageTitle>
        <h1>Đặt lịch hẹn</h1>
        <p>
          Hãy <Link to="/">tìm thủ tục</Link> bạn cần làm, rồi bấm “Đặt lịch hẹn” trên trang thủ tục.
        </p>
        <p>
          Đã có mã lịch hẹn? <Link to="/dat-lich/tra-cuu">Xem, đổi hoặc hủy lịch hẹn</Link>.
        </p>
      </div>
    );
  }
  return <BookingForm code={code} params={params} setParams={setParams} />;
}

function BookingForm(props: {
  code: string;
  params: URLSearchParams;
  setParams: ReturnType<typeof useSearchParams>[1];
}) {
  const { code, params, setParams } = props;
  const navigate = useNavigate();
  const procedure = useProcedure(code);
  const options = useBookingOptions(code);
  const [caseName, setCase] = useState<string | undefined>(undefined);
  // Answers from the link (the hotline's, the procedure page's), kept only when they are the procedure's.
  const [answers, setAnswer] = useAnswersParam(procedure.data);
  const unit = params.get('don-vi') ?? options.data?.units[0]?.agencyId ?? '';
  const from = params.get('ngay') ?? undefined;
  const [slot, setSlot] = useState<SlotChoice>();
  const [fullName, setFullName] = useState('');
  const [phone, setPhone] = useState('');
  const [errors, setErrors] = useState<{ slot?: string; fullName?: string; phone?: string; form?: string }>(
    {},
  );
  const [sending, setSending] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const phoneRef = useRef<HTMLInputElement>(null);
  const id = useId();

  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true, preventScrollReset: true });
  };

  if (options.isPending || procedure.isPending) return <p className="wrap">Đang tải…</p>;
  if (options.isError || procedure.isError) {
    return (
      <div className="wrap appt">
        <PageTitle>Đặt lịch hẹn</PageTitle>
        <h1>Đặt lịch hẹn</h1>
        <div className="card track-alert" role="alert">
          {(options.error ?? procedure.error)?.message ?? 'Chưa tải được thủ tục.'}
        </div>
      </div>
    );
  }
  const { field } = options.data.procedure;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found = {
      slot: slot ? undefined : 'Vui lòng chọn một giờ hẹn.',
      fullName: fullName.trim().length >= 2 ? undefined : 'Vui lòng nhập họ và tên.',
      phone: phoneProblem(phone),
    };
    setErrors(found);
    if (found.slot) return;
    if (found.fullName) return nameRef.current?.focus();
    if (found.phone) return phoneRef.current?.focus();
    setSending(true);
    try {
      const booked = await call(appointmentsApi.book, {
        body: { unit, procedure: code, date: slot!.date, start: slot!.start, fullName, phone, answers },
      });
      void navigate(`/dat-lich/${booked.code}`, { state: { phone, booked } });
    } catch (e) {
      const message = e instanceof ApiError ? e.message : 'Không kết nối được máy chủ. Vui lòng thử lại.';
      const key = e instanceof ApiError && e.code === 'PHONE_INVALID' ? 'phone' : 'form';
      setErrors({ [key]: message });
      setSending(false);
    }
  }

  return (
    <div className="wrap appt">
      <PageTitle>Đặt lịch hẹn</PageTitle>
      <h1>Đặt lịch hẹn</h1>
      <p className="appt-proc">
        <Link to={`/thu-tuc/${encodeURIComponent(code)}`}>{options.data.procedure.name}</Link>
        <span className="muted"> · Lĩnh vực {field.name}</span>
      </p>
      <form className="card appt-form section" onSubmit={(e) => void onSubmit(e)} noValidate>
        <div>
          <label htmlFor={`${id}-unit`}>Nơi làm thủ tục</label>
          <select
            id={`${id}-unit`}
            value={unit}
            onChange={(e) => {
              setSlot(undefined);
              setParam('don-vi', e.target.value);
            }}
          >
            {options.data.units.map((u) => (
              <option key={u.agencyId} value={u.agencyId}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <SlotPicker
          unit={unit}
          field={field.code}
          from={from}
          onFromChange={(d) => setParam('ngay', d)}
          value={slot}
          onChange={setSlot}
          error={errors.slot}
        />
        <div>
          <label htmlFor={`${id}-name`}>Họ và tên</label>
          <input
            id={`${id}-name`}
            ref={nameRef}
            value={fullName}
            onChange={(e) => setFullName(e.target.value)}
            autoComplete="name"
            maxLength={200}
            aria-invalid={errors.fullName ? true : undefined}
            aria-describedby={errors.fullName ? `${id}-name-error` : undefined}
          />
          {errors.fullName && (
            <p className="field-error" id={`${id}-name-error`}>
              {errors.fullName}
            </p>
          )}
        </div>
        <PhoneField
          id={id}
          label="Số điện thoại di động"
          hint="Mã lịch hẹn, giấy tờ cần mang theo và tin nhắc lịch được gửi qua tin nhắn đến số này."
          value={phone}
          onChange={setPhone}
          error={errors.phone}
          inputRef={phoneRef}
        />
        {errors.form && (
          <div className="card track-alert" role="alert">
            {errors.form}
          </div>
        )}
        <button type="submit" className="btn btn-primary" disabled={sending}>
          {slot ? `Đặt lịch ${slot.start}–${slot.end}` : 'Đặt lịch hẹn'}
        </button>
      </form>
      <ChecklistSection
        procedure={procedure.data}
        caseName={caseName}
        onCaseChange={setCase}
        answers={answers}
        onAnswer={setAnswer}
      />
    </div>
  );
}
