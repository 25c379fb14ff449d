/**
 * What a procedure costs today per channel and why, from the fee policies in force (GET /api/procedures/:code/fees):
 * "Nộp trực tuyến: miễn phí theo Nghị quyết 12/2025/NQ-HĐND". Also the line a dossier's frozen assessment reads as
 * (the wizard's review step, the tracking page, the desk's dossier page).
 */
import { useQuery } from '@tanstack/react-query';
import { channelNames, formatMoney, sortedChannels } from '../../../src/domain/checklist/checklist.js';
import type { ChannelKind } from '../../../src/domain/catalogue/record.js';
import { feesApi } from '../../../src/contracts/fees-api.js';
import { call } from '../shared/client.js';
import { feeText, owedText, type FeeAssessment } from '../shared/fees.js';

export function useChannelFees(code: string, channel: ChannelKind) {
  return useQuery({
    queryKey: ['procedure-fees', code, channel],
    queryFn: () => call(feesApi.procedureFees, { params: { code }, query: { channel } }),
    staleTime: 60_000,
  });
}

function ChannelLine({ code, channel }: { code: string; channel: ChannelKind }) {
  const { data } = useChannelFees(code, channel);
  return (
    <li>
      <strong>Nộp {channelNames[channel].toLowerCase()}:</strong> {data ? feeText(data) : '…'}
      {data?.items.some((i) => i.payable < i.base) && (
        <span className="doc-note"> (mức thu theo quy định: {formatMoney(data.totalBase)})</span>
      )}
    </li>
  );
}

/** One line per channel the procedure offers: what is payable today and the policy that says so. */
export function FeesToday({ code, channels }: { code: string; channels: readonly { kind: ChannelKind }[] }) {
  return (
    <div className="fees-today">
      <p className="fees-today-title">Phải nộp hôm nay:</p>
      <ul className="plain-list">
        {sortedChannels(channels).map((c) => (
          <ChannelLine key={c.kind} code={code} channel={c.kind} />
        ))}
      </ul>
    </div>
  );
}

/** A dossier's frozen fee (the tracking page, the wizard's review): what it owes and why; nothing if no fee. */
export function OwedFee({
  owed,
  title = 'Phí, lệ phí phải nộp',
}: {
  owed: FeeAssessment | undefined;
  title?: string;
}) {
  if (!owed || owed.totalBase === 0) return null;
  return (
    <p className="owed-fee">
      <strong>{title}:</strong> {owedText(owed)}
    </p>
  );
}

/** The wizard's review step: what submitting online costs today, and why. */
export function OnlineFeeReview({ code }: { code: string }) {
  const { data } = useChannelFees(code, 'online');
  if (!data || data.totalBase === 0) return null;
  return (
    <section className="card" aria-labelledby="rv-fee">
      <h3 id="rv-fee">Phí, lệ phí</h3>
      <p>Nộp trực tuyến hôm nay: {feeText(data)}</p>
    </section>
  );
}
