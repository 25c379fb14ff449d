/** "Hồ sơ đang soạn" on "Hồ sơ của tôi": the online submissions not yet sent, each resumed in the wizard. */
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { submissionApi } from '../../../src/contracts/citizen-submission-api.js';
import { formatTimeDate } from '../../../src/domain/format/format.js';
import { call } from '../shared/client.js';

export function DraftsSection() {
  const drafts = useQuery({
    queryKey: ['citizen', 'drafts'],
    queryFn: () => call(submissionApi.drafts),
    retry: false,
  });
  return (
    <section aria-labelledby="drafts-title" className="citizen-drafts">
      <h2 id="drafts-title">Hồ sơ đang soạn</h2>
      {drafts.data && drafts.data.items.length === 0 && (
        <p className="muted">
          Không có hồ sơ nào đang soạn. Chọn thủ tục và bấm "Nộp trực tuyến" để bắt đầu.
        </p>
      )}
      {drafts.data && drafts.data.items.length > 0 && (
        <ul className="plain-list">
          {drafts.data.items.map((d) => (
            <li key={d.id}>
              <Link to={`/cong-dan/nop/${encodeURIComponent(d.procedure.code)}?draft=${d.id}`}>
                {d.procedure.name}
              </Link>{' '}
              <span className="muted">
                · {d.files} tệp · sửa lúc {formatTimeDate(d.updatedAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to="/cong-dan/giay-to">Giấy tờ của tôi</Link>
      </p>
    </section>
  );
}
