/**
 * /quan-tri/lich-lam-viec: a unit's working calendar by month — working days, days off with their reasons, lunar
 * dates, sessions — and, for the province, the year's holiday decision. The unit and month are in the address
 * (?don-vi=<agency id>&thang=YYYY-MM), so a view can be shared.
 */
import { useSearchParams } from 'react-router';
import { Alert, Button, DatePicker, Select, Space, Spin, Typography } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { formatDate } from '../../../../src/domain/format/format.js';
import { useCalendarUnits, useHolidayYear, useMonth } from './calendar-api.js';
import { HolidayDecisionPanel } from './holiday-decision.js';
import { kindLabels, MonthGrid } from './month-grid.js';
import './calendar.css';

export default function CalendarPage() {
  const units = useCalendarUnits();
  const [params, setParams] = useSearchParams();
  const monthParam = params.get('thang') ?? '';
  const month = /^\d{4}-\d{2}$/.test(monthParam) ? dayjs(`${monthParam}-01`) : dayjs().startOf('month');
  const agencyId = params.get('don-vi');
  const unit = units.data?.find((u) => u.agencyId === agencyId) ?? units.data?.[0];
  const go = (next: { unit?: string; month?: Dayjs }) => {
    const p = new URLSearchParams(params);
    if (next.unit) p.set('don-vi', next.unit);
    if (next.month) p.set('thang', next.month.format('YYYY-MM'));
    setParams(p, { replace: true });
  };
  const setMonth = (m: Dayjs) => go({ month: m });
  const view = useMonth(unit?.agencyId, month.format('YYYY-MM'));
  const holidays = useHolidayYear(unit?.type === 'province' ? unit.id : undefined, month.year());
  const notes = view.data?.days.filter((d) => d.kind === 'day_off' || d.kind === 'swapped_workday') ?? [];

  return (
    <main className="cal-page">
      <Typography.Title level={1}>Lịch làm việc</Typography.Title>
      <Space wrap className="cal-toolbar">
        <label className="cal-field">
          <span>Đơn vị</span>
          <Select
            aria-label="Đơn vị"
            className="cal-unit-select"
            loading={units.isLoading}
            value={unit?.agencyId}
            onChange={(value: string) => go({ unit: value })}
            showSearch={{ optionFilterProp: 'label' }}
            options={units.data?.map((u) => ({
              value: u.agencyId,
              label: `${'— '.repeat(u.depth)}${u.name}`,
            }))}
          />
        </label>
        <Space>
          <Button
            aria-label="Tháng trước"
            icon={<LeftOutlined />}
            onClick={() => setMonth(month.subtract(1, 'month'))}
          />
          <DatePicker
            picker="month"
            aria-label="Tháng"
            format="MM/YYYY"
            allowClear={false}
            value={month}
            onChange={(d) => d && setMonth(d.startOf('month'))}
          />
          <Button
            aria-label="Tháng sau"
            icon={<RightOutlined />}
            onClick={() => setMonth(month.add(1, 'month'))}
          />
        </Space>
      </Space>
      {units.error && <Alert type="error" showIcon title="Không tải được danh sách đơn vị." />}
      {view.error && <Alert type="error" showIcon title={view.error.message} />}
      {view.isLoading && <Spin />}
      {view.data && (
        <>
          <Typography.Paragraph>
            {view.data.workingDays} ngày làm việc, {view.data.workingHours} giờ làm việc; một ngày làm việc
            tính {view.data.hoursPerDay} giờ. Múi giờ {view.data.timezone}.
          </Typography.Paragraph>
          <div className="cal-grid-wrap">
            <MonthGrid view={view.data} />
          </div>
          <section aria-labelledby="cal-notes-title">
            <Typography.Title level={2} id="cal-notes-title">
              Ngày nghỉ và ngày làm bù trong tháng
            </Typography.Title>
            {notes.length === 0 ? (
              <Typography.Paragraph>
                Không có ngày nghỉ lễ hay ngày làm bù trong tháng này.
              </Typography.Paragraph>
            ) : (
              <ul className="cal-notes">
                {notes.map((d) => (
                  <li key={d.date}>
                    <strong>{formatDate(d.date)}</strong> ({d.lunar.text} âm lịch) — {kindLabels[d.kind]}
                    {d.reason ? `: ${d.reason}` : ''}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
      {unit?.type === 'province' && holidays.data && <HolidayDecisionPanel data={holidays.data} />}
      {unit && unit.type !== 'province' && (
        <Typography.Paragraph type="secondary">
          Ngày nghỉ lễ, tết theo quyết định của tỉnh; đơn vị kế thừa giờ làm việc của cấp trên trừ khi có lịch
          riêng.
        </Typography.Paragraph>
      )}
    </main>
  );
}
