/**
 * The lobby display's word on today's day modes (GET /api/units/{agencyId}/day-modes): on a no-writing day the
 * officers fill the forms for people, on a no-appointment day eligible procedures are returned the same day. Read
 * again every ten minutes, so the display says the right thing after midnight.
 */
import { useEffect, useState } from 'react';
import { dayModesApi } from '../../../../src/contracts/day-modes-api.js';
import { call, type Answer } from '../../shared/client.js';

type Today = Answer<typeof dayModesApi.unit>['today'];

export function DayModeBanner({ agencyId }: { agencyId: string }) {
  const [today, setToday] = useState<Today | null>(null);
  useEffect(() => {
    let live = true;
    const load = async () => {
      try {
        const { today } = await call(dayModesApi.unit, { params: { agencyId } });
        if (live) setToday(today);
      } catch {
        // The next round tries again; the display keeps what it showed.
      }
    };
    void load();
    const timer = setInterval(() => void load(), 10 * 60_000);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [agencyId]);
  if (!today || (!today.noWriting && !today.sameDay)) return null;
  return (
    <section className="display-day-mode" aria-label="Hôm nay">
      {today.noWriting && (
        <p>
          <strong>Hôm nay là ngày không viết:</strong> cán bộ điền giúp tờ khai, bà con chỉ cần kiểm tra và ký
          tên.
        </p>
      )}
      {today.sameDay && (
        <p>
          <strong>Hôm nay là ngày không hẹn:</strong> thủ tục đủ điều kiện được trả kết quả ngay trong ngày.
        </p>
      )}
    </section>
  );
}
