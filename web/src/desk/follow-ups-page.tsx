/**
 * Ý kiến không hài lòng (/ban-lam-viec/y-kien): the leader's follow-ups of the citizens who rated a returned dossier
 * "Không hài lòng" in the units they lead — open ones first by deadline, each answered once; the answer goes to the
 * citizen by SMS and on the rating page.
 */
import { useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Input, Skeleton, Switch, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { ratingsApi } from '../../../src/contracts/ratings-api.js';
import { levelLabels, reasonsFor } from '../../../src/domain/ratings/ratings.js';
import { ApiError } from '../shared/api.js';
import { call, type Answer } from '../shared/client.js';
import { formatDateTime } from './dossier-api.js';
import { dossierPath } from './dossier-cards.js';

type FollowUp = Answer<typeof ratingsApi.followUps>['items'][number];
export const FOLLOW_UPS_KEY = ['rating-follow-ups'];

function AnswerForm({ code }: { code: string }) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [text, setText] = useState('');
  const send = useMutation({
    mutationFn: () => call(ratingsApi.answer, { params: { code }, body: { answer: text.trim() } }),
    onSuccess: async () => {
      void message.success('Đã gửi trả lời cho công dân qua tin nhắn.');
      await client.invalidateQueries({ queryKey: FOLLOW_UPS_KEY });
    },
  });
  const short = text.trim().length < 10;
  return (
    <div className="follow-up-answer">
      <label>
        Trả lời công dân
        <Input.TextArea
          value={text}
          onChange={(e) => setText(e.target.value)}
          maxLength={2000}
          autoSize={{ minRows: 2 }}
          placeholder="Nêu kết quả xem xét và việc đơn vị đã làm (ít nhất 10 ký tự)"
        />
      </label>
      {send.error && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={send.error instanceof ApiError ? send.error.message : 'Không gửi được.'}
        />
      )}
      <Button type="primary" disabled={short} loading={send.isPending} onClick={() => send.mutate()}>
        Gửi trả lời
      </Button>
    </div>
  );
}

function FollowUpCard({ f }: { f: FollowUp }) {
  const labels = reasonsFor(f.level);
  return (
    <Card
      size="small"
      className="follow-up"
      title={
        <span>
          <Link to={dossierPath(f.dossier.code)}>{f.dossier.code}</Link> · {f.dossier.procedure.name}
        </span>
      }
      extra={
        f.answer ? (
          <Tag className="risk-tag risk-ok">Đã trả lời</Tag>
        ) : (
          <Tag className={`risk-tag ${f.overdue ? 'risk-overdue' : 'risk-soon'}`}>
            {f.overdue ? 'Quá hạn trả lời' : 'Hạn trả lời'} {formatDateTime(f.dueAt)}
          </Tag>
        )
      }
    >
      <p>
        <strong>{f.dossier.applicantName}</strong> đánh giá{' '}
        <Tag className="tag-bad">{levelLabels[f.level]}</Tag>
        lúc {formatDateTime(f.ratedAt)} · {f.unit.name}
        {f.officerName && <> · cán bộ trả kết quả: {f.officerName}</>}
      </p>
      {f.reasons.length > 0 && (
        <ul>
          {f.reasons.map((r) => (
            <li key={r}>{labels[r] ?? r}</li>
          ))}
        </ul>
      )}
      {f.comment && <Typography.Paragraph className="follow-up-comment">“{f.comment}”</Typography.Paragraph>}
      {f.answer ? (
        <Typography.Paragraph>
          <strong>Đã trả lời</strong> ({f.answeredBy}, {formatDateTime(f.answeredAt)}): {f.answer}
        </Typography.Paragraph>
      ) : (
        <AnswerForm code={f.dossier.code} />
      )}
    </Card>
  );
}

export default function FollowUpsPage() {
  const [openOnly, setOpenOnly] = useState(true);
  const list = useQuery({
    queryKey: [...FOLLOW_UPS_KEY, openOnly],
    queryFn: () => call(ratingsApi.followUps, { query: openOnly ? { open: true } : {} }),
  });
  useEffect(() => {
    document.title = 'Ý kiến không hài lòng — Một cửa điện tử';
  }, []);
  return (
    <>
      <div className="staff-page-head">
        <Typography.Title level={1}>Ý kiến không hài lòng</Typography.Title>
        <div className="desk-head-actions">
          <label className="desk-nowrap">
            <Switch checked={openOnly} onChange={setOpenOnly} size="small" /> Chỉ ý kiến chưa trả lời
          </label>
        </div>
      </div>
      <p>
        Công dân đánh giá “Không hài lòng” sau khi nhận kết quả. Mỗi ý kiến cần được trả lời trong 5 ngày làm
        việc; câu trả lời được gửi cho công dân qua tin nhắn.
      </p>
      {list.isPending ? (
        <Skeleton active />
      ) : list.isError ? (
        <Alert type="error" showIcon title={list.error.message} />
      ) : list.data.items.length === 0 ? (
        <Empty
          description={openOnly ? 'Không có ý kiến nào chờ trả lời.' : 'Chưa có ý kiến không hài lòng.'}
        />
      ) : (
        <div className="follow-ups">
          {list.data.items.map((f) => (
            <FollowUpCard key={f.dossier.code} f={f} />
          ))}
        </div>
      )}
    </>
  );
}
