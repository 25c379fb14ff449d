/**
 * The papers at a service point: those the citizen's answers and case call for (the same rule as the citizen's
 * wizard), each ticked when the citizen brought it and, unless the e-form covers it, photographed or scanned on the
 * spot — on a phone the file input opens the camera (`capture`). Scans go to the store at once and are named in the
 * submission; the upload helper, size cap and size wording are the wizard's.
 */
import { useState } from 'react';
import { Alert, Button, Checkbox } from 'antd';
import { servicePointApi } from '../../../src/contracts/service-points-api.js';
import type { HelperFile } from '../../../src/contracts/service-points.js';
import type { ProcedureRecord } from '../../../src/domain/catalogue/record.js';
import { applicability, type Answers } from '../../../src/domain/checklist/conditions.js';
import { coveredByForm } from '../../../src/domain/citizen/submission.js';
import { formatSize, MAX_BYTES, uploadFile } from '../citizen/submit/upload.js';
import { messageOf } from '../citizen/submit/use-draft.js';

export type Scan = HelperFile & { position: number };

/** The papers to show: of the chosen case (or none), and not ruled out by the answers given so far. */
export const neededPapers = (record: ProcedureRecord, caseName: string | undefined, answers: Answers) =>
  record.documents
    .map((doc, index) => ({ doc, index }))
    .filter(
      ({ doc }) => (!doc.case || doc.case === caseName) && applicability(doc, answers) !== 'not_applicable',
    );

export function PapersCard({
  record,
  caseName,
  answers,
  ticked,
  onTick,
  scans,
  onScans,
}: {
  record: ProcedureRecord;
  caseName: string | undefined;
  answers: Answers;
  ticked: number[];
  onTick: (t: number[]) => void;
  scans: Scan[];
  onScans: (s: Scan[]) => void;
}) {
  const [busy, setBusy] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const upload = async (position: number, file: File | undefined) => {
    if (!file) return;
    setError(null);
    if (file.size > MAX_BYTES) {
      setError('Tệp lớn hơn 10 MB. Vui lòng chụp lại hoặc chọn tệp nhỏ hơn.');
      return;
    }
    setBusy(position);
    try {
      const saved = await uploadFile<HelperFile>(servicePointApi.upload.path, file);
      onScans([...scans, { ...saved, position }]);
      if (!ticked.includes(position)) onTick([...ticked, position]);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      {error && <Alert type="error" showIcon title={error} role="alert" />}
      <Checkbox.Group value={ticked} onChange={(v) => onTick(v)} style={{ width: '100%' }}>
        <ul className="sp-docs">
          {neededPapers(record, caseName, answers).map(({ doc, index }) => {
            const mine = scans.filter((s) => s.position === index);
            const inputId = `sp-scan-${index}`;
            return (
              <li key={index} className="sp-paper" aria-busy={busy === index}>
                <Checkbox value={index}>{doc.name}</Checkbox>
                {mine.map((s, i) => (
                  <div key={`${s.sha256}-${i}`} className="sp-scan">
                    <span>
                      {s.fileName} ({formatSize(s.size)})
                    </span>
                    <Button
                      size="small"
                      aria-label={`Bỏ tệp ${s.fileName}`}
                      onClick={() => onScans(scans.filter((x) => x !== s))}
                    >
                      Bỏ
                    </Button>
                  </div>
                ))}
                {!coveredByForm(doc) && (
                  <div className="sp-scan">
                    <label htmlFor={inputId}>Chụp hoặc tải bản quét</label>
                    <input
                      id={inputId}
                      aria-label={`Chụp hoặc tải bản quét: ${doc.name}`}
                      type="file"
                      accept="image/*,application/pdf"
                      capture="environment"
                      disabled={busy !== null}
                      onChange={(e) => {
                        void upload(index, e.target.files?.[0]);
                        e.target.value = '';
                      }}
                    />
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      </Checkbox.Group>
    </>
  );
}
