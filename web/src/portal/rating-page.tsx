/**
 * Đánh giá mức độ hài lòng (/danh-gia/:token): opened from the link in the result SMS. The citizen picks one of the
 * three levels, the reasons that apply and a comment; once rated, the page shows the rating (changeable once within
 * 7 days) and, after "Không hài lòng", the unit's answer when it comes.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { ratingsApi } from '../../../src/contracts/ratings-api.js';
import {
  COMMENT_MAX,
  levelLabels,
  ratingLevels,
  reasonsFor,
  type RatingLevel,
} from '../../../src/domain/ratings/ratings.js';
import { ApiError } from '../shared/api.js';
import { call, type Answer } from '../shared/client.js';
import { PageTitle } from './layout.js';
import './rating.css';

type View = Answer<typeof ratingsApi.view>;

const when = (iso: string) =>
  new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(iso));

function RatingForm({ view, token, onDone }: { view: View; token: string; onDone: (v: View) => void }) {
  const id = useId();
  const [level, setLevel] = useState<RatingLevel | undefined>(view.rating?.level);
  const [reasons, setReasons] = useState<string[]>(view.rating?.reasons ?? []);
  const [comment, setComment] = useState(view.rating?.comment ?? '');
  const [problem, setProblem] = useState<string>();
  const send = useMutation({
    mutationFn: () =>
      call(ratingsApi.rate, {
        params: { token },
        body: { level: level!, reasons, ...(comment.trim() ? { comment: comment.trim() } : {}) },
      }),
    onSuccess: onDone,
  });
  const offered = level ? reasonsFor(level) : {};

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!level) return setProblem('Vui lòng chọn mức độ hài lòng.');
    setProblem(undefined);
    send.mutate();
  }

  const error =
    problem ??
    (send.error instanceof ApiError
      ? send.error.message
      : send.error
        ? 'Không gửi được đánh giá. Vui lòng thử lại.'
        : undefined);
  return (
    <form className="card rating-form" onSubmit={onSubmit} noValidate>
      <fieldset>
        <legend>Ông/bà hài lòng thế nào với việc giải quyết hồ sơ?</legend>
        <div className="rating-levels">
          {ratingLevels.map((l) => (
            <label key={l} className={`rating-level rating-${l}${level === l ? ' chosen' : ''}`}>
              <input
                type="radio"
                name={`${id}-level`}
                value={l}
                checked={level === l}
                onChange={() => {
                  setLevel(l);
                  setProblem(undefined);
                  setReasons((r) => r.filter((x) => x in reasonsFor(l)));
                }}
              />
              <span>{levelLabels[l]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {level && (
        <fieldset>
          <legend>
            {level === 'not_satisfied'
              ? 'Điều gì chưa tốt? (chọn các ý đúng)'
              : 'Điều gì tốt? (chọn các ý đúng)'}
          </legend>
          <div className="rating-reasons">
            {Object.entries(offered).map(([key, label]) => (
              <label key={key}>
                <input
                  type="checkbox"
                  checked={reasons.includes(key)}
                  onChange={(e) =>
                    setReasons((r) => (e.target.checked ? [...r, key] : r.filter((x) => x !== key)))
                  }
                />{' '}
                {label}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div>
        <label htmlFor={`${id}-comment`}>Ý kiến khác (không bắt buộc)</label>
        <textarea
          id={`${id}-comment`}
          rows={3}
          maxLength={COMMENT_MAX}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
      </div>
      {level === 'not_satisfied' && (
        <p className="muted">
          Lãnh đạo {view.unit} sẽ xem xét và trả lời ông/bà trong 5 ngày làm việc, qua tin nhắn và tại trang
          này.
        </p>
      )}
      {error && (
        <p className="rating-error" role="alert">
          {error}
        </p>
      )}
      <button className="btn btn-primary" type="submit" disabled={send.isPending}>
        {view.rated ? 'Gửi đánh giá mới' : 'Gửi đánh giá'}
      </button>
    </form>
  );
}

function Rated({ view }: { view: View }) {
  const r = view.rating!;
  const labels = reasonsFor(r.level);
  return (
    <section className="card rating-done" aria-labelledby="rating-done-title">
      <h2 id="rating-done-title">Cảm ơn ông/bà đã đánh giá</h2>
      <p>
        <span className={`rating-badge rating-${r.level}`}>{levelLabels[r.level]}</span>{' '}
        <span className="muted">lúc {when(r.ratedAt)}</span>
      </p>
      {r.reasons.length > 0 && (
        <ul>
          {r.reasons.map((k) => (
            <li key={k}>{labels[k] ?? k}</li>
          ))}
        </ul>
      )}
      {r.comment && <blockquote>{r.comment}</blockquote>}
    </section>
  );
}

function FollowUpAnswer({ view }: { view: View }) {
  const f = view.followUp;
  if (!f) return null;
  return (
    <section className="card rating-answer" aria-labelledby="rating-answer-title">
      <h2 id="rating-answer-title">Trả lời của {view.unit}</h2>
      {f.answer ? (
        <>
          <p className="rating-answer-text">{f.answer}</p>
          <p className="muted">Trả lời lúc {when(f.answeredAt!)}</p>
        </>
      ) : (
        <p>Lãnh đạo đơn vị đang xem xét ý kiến của ông/bà và sẽ trả lời trước {when(f.dueAt)}.</p>
      )}
    </section>
  );
}

export default function RatingPage() {
  const { token = '' } = useParams();
  const client = useQueryClient();
  const [changing, setChanging] = useState(false);
  const key = ['rating', token];
  const query = useQuery({
    queryKey: key,
    queryFn: () => call(ratingsApi.view, { params: { token } }),
    retry: (count, err) => !(err instanceof ApiError && err.status < 500) && count < 1,
  });
  if (query.isPending) return <p className="wrap">Đang tải…</p>;
  if (query.isError) {
    return (
      <div className="wrap">
        <PageTitle>Không mở được trang đánh giá</PageTitle>
        <div className="card empty" role="alert">
          <h1>Không mở được trang đánh giá</h1>
          <p>{query.error.message}</p>
          <p>
            <Link to="/tra-cuu">Tra cứu hồ sơ</Link>
          </p>
        </div>
      </div>
    );
  }
  const view = query.data;
  const done = (v: View) => {
    client.setQueryData(key, v);
    setChanging(false);
  };
  return (
    <div className="wrap rating">
      <PageTitle>Đánh giá mức độ hài lòng</PageTitle>
      <h1>Đánh giá mức độ hài lòng</h1>
      <p className="rating-dossier">
        Hồ sơ <strong>{view.dossier.code}</strong> — {view.dossier.procedure.name}, tại {view.unit}
        {view.returnedAt && <>, trả kết quả lúc {when(view.returnedAt)}</>}.
      </p>
      {view.rated && !changing && <Rated view={view} />}
      {view.rated && !changing && view.canRate && (
        <p>
          <button className="btn btn-outline" type="button" onClick={() => setChanging(true)}>
            Đổi đánh giá (được đổi một lần trong 7 ngày)
          </button>
        </p>
      )}
      {(!view.rated || changing) && view.canRate && <RatingForm view={view} token={token} onDone={done} />}
      {!view.rated && !view.canRate && view.refusal && (
        <div className="card empty" role="status">
          <p>{view.refusal.message}</p>
        </div>
      )}
      <FollowUpAnswer view={view} />
    </div>
  );
}
