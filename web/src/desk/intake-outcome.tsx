/**
 * The outcome of a desk intake (intake-page.tsx): the receipt, supplement request or refusal, with the dossier
 * code, the due date, the form to print and what happened to the scans picked at intake.
 */
import { useNavigate } from 'react-router';
import { Alert, Button, Card, Descriptions, Result, Tag } from 'antd';
import { FilePdfOutlined, PlusOutlined } from '@ant-design/icons';
import { countsInWords } from '../../../src/domain/checklist/checklist.js';
import { dossierApi } from '../../../src/contracts/dossier-api.js';
import { ApiError } from '../shared/api.js';
import { upload } from '../shared/client.js';
import { formatDateTime, type IntakeResult } from './dossier-api.js';
import { formNames, formPath, type FormName } from './forms.js';

export const DESK = '/ban-lam-viec';

const outcomeTitle = {
  receipt: 'Đã tiếp nhận hồ sơ',
  supplement: 'Hồ sơ chưa đủ: yêu cầu bổ sung',
  refusal: 'Từ chối tiếp nhận hồ sơ',
} as const;
const outcomeForm = {
  receipt: 'receipt',
  supplement: 'supplement',
  refusal: 'refusal',
} as const satisfies Record<IntakeResult['outcome'], FormName>;

export interface ScanReport {
  attached: number;
  failed: { name: string; message: string }[];
}

/** Attaches the scans picked at intake to the new dossier, one request per file; reports what failed. */
export async function uploadScans(
  code: string,
  files: { position: number; file: File }[],
): Promise<ScanReport> {
  const report: ScanReport = { attached: 0, failed: [] };
  for (const { position, file } of files) {
    try {
      await upload(dossierApi.attach, file, { params: { code }, query: { name: file.name, position } });
      report.attached += 1;
    } catch (e) {
      report.failed.push({ name: file.name, message: e instanceof ApiError ? e.message : 'Lỗi kết nối.' });
    }
  }
  return report;
}

export function Outcome({
  result,
  onNew,
  scans,
}: {
  result: IntakeResult;
  onNew: () => void;
  scans: ScanReport | null;
}) {
  const navigate = useNavigate();
  const { dossier } = result;
  const form = outcomeForm[result.outcome];
  // Opened from the counter console for a queue ticket: link the dossier back to it.
  const ticket = new URLSearchParams(window.location.search).get('ticket');
  return (
    <Card>
      <Result
        status={
          result.outcome === 'receipt' ? 'success' : result.outcome === 'supplement' ? 'warning' : 'error'
        }
        title={<h2 className="intake-outcome-title">{outcomeTitle[result.outcome]}</h2>}
        subTitle={
          <span>
            Mã hồ sơ: <strong className="desk-code intake-code">{dossier.code}</strong>
          </span>
        }
        extra={[
          <Button
            key="pdf"
            type="primary"
            icon={<FilePdfOutlined />}
            href={formPath(dossier.code, form)}
            target="_blank"
            rel="noreferrer"
          >
            In {formNames[form].toLowerCase()}
          </Button>,
          <Button
            key="open"
            onClick={() => void navigate(`${DESK}/ho-so/${encodeURIComponent(dossier.code)}`)}
          >
            Mở hồ sơ
          </Button>,
          <Button key="new" icon={<PlusOutlined />} onClick={onNew}>
            Tiếp nhận hồ sơ khác
          </Button>,
          ...(ticket
            ? [
                <Button
                  key="ticket"
                  onClick={() => void navigate(`${DESK}/quay?dossier=${encodeURIComponent(dossier.code)}`)}
                >
                  Về quầy, gắn hồ sơ với số thứ tự
                </Button>,
              ]
            : []),
        ]}
      />
      <Descriptions
        column={{ xs: 1, md: 2 }}
        bordered
        size="small"
        items={[
          { key: 'proc', label: 'Thủ tục', children: dossier.procedure.name, span: 2 },
          { key: 'applicant', label: 'Người nộp', children: dossier.applicant.name },
          { key: 'status', label: 'Trạng thái', children: dossier.statusLabel },
          { key: 'received', label: 'Tiếp nhận lúc', children: formatDateTime(dossier.receivedAt) },
          {
            key: 'due',
            label: 'Hẹn trả kết quả',
            children: (
              <>
                <strong className="intake-due">{formatDateTime(dossier.dueAt)}</strong>
                {result.sameDay && (
                  <Tag className="risk-tag risk-today intake-same-day-tag">Trả trong ngày</Tag>
                )}
              </>
            ),
          },
        ]}
      />
      {scans && (
        <Alert
          className="intake-missing"
          type={scans.failed.length ? 'warning' : 'success'}
          showIcon
          title={`Đã đính kèm ${scans.attached} bản quét.`}
          description={
            scans.failed.length ? (
              <ul>
                {scans.failed.map((f) => (
                  <li key={f.name}>
                    {f.name}: {f.message}
                  </li>
                ))}
              </ul>
            ) : undefined
          }
        />
      )}
      {result.missing.length > 0 && (
        <Alert
          className="intake-missing"
          type="warning"
          showIcon
          title="Giấy tờ còn thiếu"
          description={
            <ul>
              {result.missing.map((m) => (
                <li key={m.index}>
                  {m.name} ({countsInWords({ ...m, kind: 'submit' })})
                </li>
              ))}
            </ul>
          }
        />
      )}
      {result.reasons.length > 0 && (
        <Alert
          className="intake-missing"
          type="error"
          showIcon
          title="Lý do từ chối"
          description={
            <ul>
              {result.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          }
        />
      )}
    </Card>
  );
}
