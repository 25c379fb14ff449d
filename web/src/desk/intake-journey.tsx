/**
 * The intake page's part of the linked journey: what the desk already knows about the citizen (the ticket called at
 * the counter — ?ticket=<id> —, the appointment checked in — ?appointment=<id or code> —, or the hotline call the
 * citizen names by its reference) prefills the procedure, the person and the answers to the procedure's questions,
 * and the dossier keeps the links; the documents the answers rule out are listed apart, never ticked as missing.
 */
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Alert, Button, Input, Space } from 'antd';
import type { RequiredDocument } from '../../../src/domain/catalogue/record.js';
import type { Answers } from '../../../src/domain/checklist/conditions.js';
import { nationalPhone } from '../../../src/domain/contact/contact.js';
import { dossierApi } from '../../../src/contracts/dossier-api.js';
import type { PrefillQuery } from '../../../src/contracts/intake-prefill.js';
import { ApiError } from '../shared/api.js';
import { call, type Answer } from '../shared/client.js';

export type IntakePrefill = Answer<typeof dossierApi.intakePrefill>;

/**
 * Reads the prefill named by the page's address (or asked with a call reference) and hands it to `apply` once.
 * Returns the prefill in use, its error, and `ask` for a call reference.
 */
export function useIntakePrefill(apply: (p: IntakePrefill) => void) {
  const [params] = useSearchParams();
  const [prefill, setPrefill] = useState<IntakePrefill | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = async (query: PrefillQuery) => {
    setError(null);
    try {
      const p = await call(dossierApi.intakePrefill, { query });
      setPrefill(p);
      apply(p);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Không kết nối được máy chủ.');
    }
  };
  const ticket = params.get('ticket');
  const appointment = params.get('appointment');
  useEffect(() => {
    if (ticket || appointment)
      void load({ ticket: ticket ?? undefined, appointment: appointment ?? undefined });
    // Once per address: the officer's edits afterwards are theirs.
  }, [ticket, appointment]);
  return {
    prefill,
    error,
    ask: (reference: string) => load({ call: reference.trim() }),
    clear: () => setPrefill(null),
  };
}

/** The form values a prefill sets (the phone in the national form the officer reads). */
export const applicantFromPrefill = (p: IntakePrefill) => ({
  ...(p.person.name ? { name: p.person.name } : {}),
  ...(p.person.phone ? { phone: nationalPhone(p.person.phone) } : {}),
});

/** Where the intake came from, and a box to name a hotline call by its reference. */
export function PrefillBanner({
  prefill,
  error,
  onAsk,
}: {
  prefill: IntakePrefill | null;
  error: string | null;
  onAsk: (reference: string) => void;
}) {
  const [reference, setReference] = useState('');
  return (
    <div className="intake-prefill">
      {prefill && prefill.sources.length > 0 && (
        <Alert
          type="info"
          showIcon
          role="status"
          title={`Điền sẵn từ: ${prefill.sources.join('; ')}`}
          description="Thủ tục, người nộp và câu trả lời đã có được điền sẵn; cán bộ kiểm tra lại với công dân."
        />
      )}
      {error && <Alert type="error" showIcon role="alert" title={error} />}
      <Space.Compact className="intake-prefill-call">
        <Input
          aria-label="Mã cuộc gọi tổng đài (nếu công dân đã gọi hỏi)"
          placeholder="Mã cuộc gọi tổng đài, ví dụ ABCD-EF"
          value={reference}
          maxLength={7}
          onChange={(e) => setReference(e.target.value)}
        />
        <Button onClick={() => onAsk(reference)} disabled={reference.trim().length < 7}>
          Lấy thông tin cuộc gọi
        </Button>
      </Space.Compact>
    </div>
  );
}

/** The documents the citizen's answers rule out: shown, so the officer sees why they are not asked for. */
export function RuledOut({ documents }: { documents: readonly { doc: RequiredDocument; index: number }[] }) {
  if (documents.length === 0) return null;
  return (
    <div className="intake-ruled-out">
      <h3 className="desk-muted">Không áp dụng theo câu trả lời của công dân</h3>
      <ul aria-label="Giấy tờ không áp dụng">
        {documents.map(({ doc, index }) => (
          <li key={index} className="desk-muted">
            {doc.name}
          </li>
        ))}
      </ul>
    </div>
  );
}

export type { Answers };
