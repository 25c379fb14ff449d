/**
 * The supplement upload section for the citizen's dossier page: while the dossier waits for a supplement, the
 * citizen uploads each missing paper (PDF, JPEG, PNG; 10 MB a file) and then marks the supplement as sent; the
 * reception officer sees the files on the dossier and receives the supplement.
 */
import { useState } from 'react';
import { submissionApi } from '../../../src/contracts/citizen-submission-api.js';
import type { UploadedFile } from '../../../src/contracts/citizen-submission.js';
import { call, routePath } from '../shared/client.js';
import { messageOf } from './submit/use-draft.js';
import { ACCEPT, formatSize, MAX_BYTES, uploadFile } from './submit/upload.js';

export function SupplementUpload({
  code,
  missing,
}: {
  code: string;
  missing: { index: number; name: string }[];
}) {
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<string | null>(null);

  async function run<T>(action: () => Promise<T>): Promise<T | undefined> {
    setBusy(true);
    setError(null);
    try {
      return await action();
    } catch (e) {
      setError(messageOf(e));
      return undefined;
    } finally {
      setBusy(false);
    }
  }
  const upload = async (position: number, file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_BYTES) return setError('Tệp lớn hơn 10 MB. Vui lòng chọn tệp nhỏ hơn.');
    const path = routePath(submissionApi.supplementUpload.path, { code }, { position });
    const saved = await run(() => uploadFile(path, file));
    if (saved) setFiles((f) => [...f, saved]);
  };
  const markSent = async () => {
    const done = await run(() => call(submissionApi.supplementSent, { params: { code } }));
    if (done) setSent(`Đã gửi ${done.files} tệp bổ sung. Cán bộ tiếp nhận sẽ kiểm tra và báo cho bạn.`);
  };

  return (
    <section className="card" aria-labelledby="supplement-upload-title">
      <h2 id="supplement-upload-title">Nộp bổ sung trực tuyến</h2>
      {error && (
        <div className="track-alert" role="alert">
          {error}
        </div>
      )}
      {missing.map((m) => (
        <div key={m.index} className="wizard-field">
          <label htmlFor={`supp-${m.index}`}>{m.name}</label>
          <input
            id={`supp-${m.index}`}
            type="file"
            accept={ACCEPT}
            disabled={busy || !!sent}
            onChange={(e) => {
              void upload(m.index, e.target.files?.[0]);
              e.target.value = '';
            }}
          />
          <ul className="plain-list">
            {files
              .filter((f) => f.position === m.index)
              .map((f) => (
                <li key={f.id}>
                  {f.fileName} ({formatSize(f.size)})
                </li>
              ))}
          </ul>
        </div>
      ))}
      <p aria-live="polite">{sent}</p>
      {!sent && (
        <button
          type="button"
          className="btn btn-primary"
          disabled={busy || files.length === 0}
          onClick={() => void markSent()}
        >
          Gửi bổ sung
        </button>
      )}
    </section>
  );
}
