/**
 * /giay-to/:code — the citizen's own checklist from a message's short link: the documents of the procedure version
 * the message was about, for the answers they gave (valid 30 days). An expired link says so and leads to the
 * procedure's current page.
 */
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { documentKindNames, formatDate } from '../../../src/domain/checklist/checklist.js';
import type { AnsweredChecklist } from '../../../src/contracts/checklist.js';
import { checklistApi } from '../../../src/contracts/checklist-api.js';
import { ApiError } from '../shared/api.js';
import { call } from '../shared/client.js';
import { checklistQuery } from './answers.js';
import { DocumentItem } from './checklist-section.js';
import { PageTitle } from './layout.js';
import './procedure.css';

function conditionText(c: NonNullable<AnsweredChecklist['documents'][number]['condition']>): string {
  return `Chỉ khi: ${c.question.text} — ${c.answers.map((a) => a.label).join(' / ')}`;
}

function Checklist({ checklist, expiresAt }: { checklist: AnsweredChecklist; expiresAt: string }) {
  const answers = Object.fromEntries(checklist.answers.map((a) => [a.question.id, a.answer.value]));
  const pageHref = `/thu-tuc/${encodeURIComponent(checklist.code)}${checklistQuery(checklist.case ?? undefined, answers)}`;
  return (
    <div className="wrap">
      <PageTitle>{`Giấy tờ cần mang theo: ${checklist.name}`}</PageTitle>
      <header className="proc-head">
        <h1>{checklist.name}</h1>
        <p className="meta">
          <span>Mã thủ tục: {checklist.code}</span>
          <span>
            Phiên bản {checklist.version.no} áp dụng từ {formatDate(checklist.version.effectiveFrom)}
          </span>
        </p>
      </header>
      <section className="card checklist-card" aria-labelledby="checklist-title">
        <h2 id="checklist-title">Giấy tờ cần mang theo</h2>
        {checklist.case && <p>Trường hợp: {checklist.case}</p>}
        {checklist.answersInWords.length > 0 && (
          <div className="questions">
            <h3>Theo câu trả lời của ông/bà</h3>
            <ul>
              {checklist.answersInWords.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        )}
        {(['submit', 'present'] as const).map((kind) => {
          const docs = checklist.documents.filter((d) => d.kind === kind);
          if (docs.length === 0) return null;
          return (
            <div className="doc-group" key={kind}>
              <h3>
                {documentKindNames[kind]} ({docs.length})
              </h3>
              <ol className="doc-list">
                {docs.map((d) => (
                  <DocumentItem
                    key={d.index}
                    doc={d}
                    showCase={false}
                    only={d.status === 'unanswered' && d.condition ? conditionText(d.condition) : undefined}
                  />
                ))}
              </ol>
            </div>
          );
        })}
        <p className="muted">Đường dẫn này có hiệu lực đến hết ngày {formatDate(expiresAt)}.</p>
        <p>
          <Link className="btn btn-outline" to={pageHref}>
            Xem thủ tục và in danh sách
          </Link>
        </p>
      </section>
    </div>
  );
}

export default function ChecklistLinkPage() {
  const { code = '' } = useParams();
  const query = useQuery({
    queryKey: ['checklist-link', code],
    queryFn: () => call(checklistApi.link, { params: { code } }),
    retry: (count, err) => !(err instanceof ApiError && err.status === 404) && count < 1,
  });
  if (query.isPending) return <p className="wrap">Đang tải danh sách giấy tờ…</p>;
  if (query.isError) {
    const missing = query.error instanceof ApiError && query.error.status === 404;
    return (
      <div className="wrap">
        <PageTitle>{missing ? 'Không tìm thấy danh sách giấy tờ' : 'Lỗi tải danh sách giấy tờ'}</PageTitle>
        <div className="card empty" role="alert">
          <h1>{missing ? 'Không tìm thấy danh sách giấy tờ' : 'Chưa tải được danh sách giấy tờ'}</h1>
          <p>
            {missing ? 'Đường dẫn có thể đã bị gõ sai. ' : `${query.error.message} `}Bạn có thể tìm thủ tục
            theo tên.
          </p>
          <p>
            <Link to="/">Về trang chủ</Link>
          </p>
        </div>
      </div>
    );
  }
  const link = query.data;
  if (link.status === 'expired') {
    return (
      <div className="wrap">
        <PageTitle>Đường dẫn đã hết hạn</PageTitle>
        <div className="card empty">
          <h1>Đường dẫn danh sách giấy tờ đã hết hạn</h1>
          <p>
            Danh sách giấy tờ gửi qua tin nhắn chỉ có hiệu lực 30 ngày (đến ngày {formatDate(link.expiresAt)}
            ). Giấy tờ có thể đã thay đổi: mời ông/bà xem danh sách mới nhất của thủ tục{' '}
            <strong>{link.procedure.name}</strong>.
          </p>
          <p>
            <Link className="btn btn-primary" to={`/thu-tuc/${encodeURIComponent(link.procedure.code)}`}>
              Xem giấy tờ cần mang theo hiện nay
            </Link>
          </p>
        </div>
      </div>
    );
  }
  return <Checklist checklist={link.checklist} expiresAt={link.expiresAt} />;
}
