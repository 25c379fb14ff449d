/**
 * On the citizen's tracking page: the financial obligations on land the Tax office notified (what to pay, how much,
 * by when, under which notice). Payment itself is not here yet: the citizen pays at the bank or State Treasury
 * named on the notice.
 */
import type { TrackedObligation } from '../../../src/contracts/land-tax.js';
import { formatDong, vnDate } from '../../../src/domain/land-tax/obligations.js';

export function TrackedObligations({ obligations }: { obligations: readonly TrackedObligation[] }) {
  if (obligations.length === 0) return null;
  const total = obligations.reduce((sum, o) => sum + o.amount, 0);
  return (
    <section className="track-obligations" aria-labelledby="track-obligations-title">
      <h3 id="track-obligations-title">Nghĩa vụ tài chính phải nộp</h3>
      <p>Cơ quan thuế đã thông báo các khoản sau. Ông/Bà nộp theo thông báo, trước hạn nộp.</p>
      <ul>
        {obligations.map((o) => (
          <li key={`${o.kind}-${o.noticeNo}`}>
            <strong>{o.label}</strong>: <span className="track-amount">{formatDong(o.amount)}</span>
            <br />
            Hạn nộp: <strong>{vnDate(o.dueDate)}</strong> · Thông báo số {o.noticeNo} ngày{' '}
            {vnDate(o.noticeDate)}
          </li>
        ))}
      </ul>
      {obligations.length > 1 && (
        <p>
          Tổng cộng: <strong className="track-amount">{formatDong(total)}</strong>
        </p>
      )}
    </section>
  );
}
