/**
 * The papers step: for each paper the answers need, upload a file (PDF, JPEG, PNG; at most 10 MB) or pick one from
 * "Giấy tờ của tôi" (the same stored file, no copy); each file can be removed. Errors are read out (role=alert).
 */
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { submissionApi } from '../../../../src/contracts/citizen-submission-api.js';
import type { Draft } from '../../../../src/contracts/citizen-submission.js';
import { call, routePath } from '../../shared/client.js';
import { messageOf } from './use-draft.js';
import { ACCEPT, formatSize, MAX_BYTES, uploadFile } from './upload.js';

export function PapersStep({
  draft,
  onChange,
  onNext,
}: {
  draft: Draft;
  onChange: () => void;
  onNext: () => void;
}) {
  const [busy, setBusy] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const documents = useQuery({
    queryKey: ['citizen', 'documents'],
    queryFn: () => call(submissionApi.documents),
  });
  const [picked, setPicked] = useState<Record<number, string>>({});

  async function run(position: number, action: () => Promise<unknown>) {
    setBusy(position);
    setError(null);
    try {
      await action();
      onChange();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(null);
    }
  }
  const upload = (position: number, file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setError('Tệp lớn hơn 10 MB. Vui lòng chọn tệp nhỏ hơn.');
      return;
    }
    void run(position, () =>
      uploadFile(routePath(submissionApi.upload.path, { id: draft.id }, { position }), file),
    );
  };
  const reuse = (position: number) => {
    const documentId = picked[position];
    if (!documentId) return;
    void run(position, () =>
      call(submissionApi.reuse, { params: { id: draft.id }, body: { position, documentId } }),
    );
  };
  const remove = (position: number, fileId: string) =>
    void run(position, () => call(submissionApi.removeFile, { params: { id: draft.id, fileId } }));

  const missing = draft.papers.filter((p) => p.fileIds.length === 0).length;
  return (
    <div className="wizard-papers">
      <p className="muted">
        Tải lên bản chụp hoặc bản quét rõ nét (PDF, JPG, PNG; mỗi tệp tối đa 10 MB, cả hồ sơ tối đa 50 MB). Tờ
        khai đã điền ở bước trước, không cần tải lên.
      </p>
      {error && (
        <div className="card track-alert" role="alert">
          {error}
        </div>
      )}
      <ol className="citizen-list">
        {draft.papers.map((p) => {
          const files = draft.files.filter((f) => f.position === p.position);
          const inputId = `paper-${p.position}`;
          const pickId = `pick-${p.position}`;
          return (
            <li key={p.position} className="card wizard-paper" aria-busy={busy === p.position}>
              <h3 id={`${inputId}-title`}>{p.name}</h3>
              {files.length > 0 ? (
                <ul className="plain-list">
                  {files.map((f) => (
                    <li key={f.id} className="citizen-row">
                      <span>
                        {f.fileName} ({formatSize(f.size)}){f.reused && ' · từ Giấy tờ của tôi'}
                      </span>
                      <button
                        type="button"
                        className="btn btn-outline"
                        onClick={() => remove(p.position, f.id)}
                        disabled={busy !== null}
                      >
                        Xóa<span className="visually-hidden"> tệp {f.fileName}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="citizen-waiting">Chưa có tệp</p>
              )}
              <div className="wizard-field">
                <label htmlFor={inputId}>
                  Tải tệp lên<span className="visually-hidden"> cho {p.name}</span>
                </label>
                <input
                  id={inputId}
                  type="file"
                  accept={ACCEPT}
                  disabled={busy !== null}
                  onChange={(e) => {
                    upload(p.position, e.target.files?.[0]);
                    e.target.value = '';
                  }}
                />
              </div>
              {documents.data && documents.data.items.length > 0 && (
                <div className="wizard-field">
                  <label htmlFor={pickId}>
                    Hoặc chọn từ Giấy tờ của tôi<span className="visually-hidden"> cho {p.name}</span>
                  </label>
                  <div className="citizen-row">
                    <select
                      id={pickId}
                      value={picked[p.position] ?? ''}
                      onChange={(e) => setPicked({ ...picked, [p.position]: e.target.value })}
                    >
                      <option value="">— Chọn giấy tờ —</option>
                      {documents.data.items.map((d) => (
                        <option key={d.id} value={d.id}>
                          {d.paper ?? d.fileName} · {d.fileName} · hồ sơ {d.dossier.code}
                        </option>
                      ))}
                    </select>
                    <button
                      type="button"
                      className="btn btn-outline"
                      disabled={!picked[p.position] || busy !== null}
                      onClick={() => reuse(p.position)}
                    >
                      Dùng giấy tờ này
                    </button>
                  </div>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <p aria-live="polite">
        {missing > 0 ? `Còn ${missing} giấy tờ chưa có tệp.` : 'Đã đủ giấy tờ.'} Tổng dung lượng:{' '}
        {formatSize(draft.totalBytes)}.
      </p>
      <button
        type="button"
        className="btn btn-primary"
        onClick={onNext}
        disabled={missing > 0 || busy !== null}
      >
        Tiếp tục: xem lại hồ sơ
      </button>
    </div>
  );
}
