/**
 * On the dossier page of a land dossier sent to the Tax office: the information slip the Land Registration Office
 * sent (its essentials; the whole slip prints as form 01/LCHS) and the Tax office's notice of financial obligations
 * (each obligation, its amount, notice and payment deadline, and the total).
 */
import { Descriptions, Typography } from 'antd';
import { formatDong, obligationLabels, vnDate } from '../../../src/domain/land-tax/obligations.js';
import { totalDue, type Obligation } from '../../../src/domain/land-tax/notice.js';
import { transferKindLabels } from '../../../src/domain/land-tax/slip.js';
import type { DossierDetail } from '../../../src/contracts/dossier.js';
import { formatDateTime } from './dossier-api.js';

type LandTax = DossierDetail['landTax'];
import './land-tax.css';

const area = (m2: number) => `${String(m2).replace('.', ',')} m²`;

export function LandTaxSlip({ slip }: { slip: NonNullable<LandTax['slip']> }) {
  const p = slip.parcel;
  const t = slip.transfer;
  return (
    <Descriptions
      column={1}
      size="small"
      bordered
      className="land-tax-slip"
      items={[
        { key: 'no', label: 'Số phiếu', children: slip.slipNo },
        {
          key: 'sent',
          label: 'Gửi',
          children: `${slip.from} → ${slip.to}, ${formatDateTime(slip.sentAt)}${slip.sentBy ? ` (${slip.sentBy})` : ''}`,
        },
        {
          key: 'user',
          label: 'Người sử dụng đất',
          children: `${slip.landUser.name} — ${slip.landUser.address}`,
        },
        ...(slip.transferor
          ? [{ key: 'from', label: 'Bên chuyển quyền', children: slip.transferor.name }]
          : []),
        {
          key: 'parcel',
          label: 'Thửa đất',
          children: `Thửa số ${p.parcelNo}, tờ bản đồ số ${p.mapSheet}, ${p.address}`,
        },
        { key: 'area', label: 'Diện tích', children: area(p.area) },
        { key: 'purpose', label: 'Mục đích, thời hạn', children: `${p.purpose}; ${p.term}` },
        { key: 'origin', label: 'Nguồn gốc', children: p.origin },
        {
          key: 'transfer',
          label: 'Biến động',
          children: `${transferKindLabels[t.kind]}${t.price !== undefined ? `, giá ${formatDong(t.price)}` : ''}${
            t.contractNo ? `, hợp đồng số ${t.contractNo}` : ''
          }${t.contractDate ? ` ngày ${vnDate(t.contractDate)}` : ''}`,
        },
        {
          key: 'exempt',
          label: 'Đề nghị miễn, giảm',
          children: slip.exemptions.length
            ? slip.exemptions.map((e) => `${obligationLabels[e.obligation]}: ${e.reason}`).join('; ')
            : 'Không',
        },
        { key: 'att', label: 'Giấy tờ kèm theo', children: slip.attachments.join('; ') },
      ]}
    />
  );
}

export function LandTaxNotice({ notice }: { notice: NonNullable<LandTax['notice']> }) {
  return (
    <div className="land-tax-notice">
      <Typography.Paragraph>
        {notice.from} thông báo lúc {formatDateTime(notice.at)}
        {notice.by ? ` (${notice.by})` : ''}:
      </Typography.Paragraph>
      <ul className="land-tax-obligations">
        {notice.obligations.map((o: Obligation) => (
          <li key={`${o.kind}-${o.noticeNo}`}>
            <strong>{obligationLabels[o.kind]}</strong>:{' '}
            <span className="desk-nowrap">{formatDong(o.amount)}</span>
            <div className="desk-muted">
              Hạn nộp <strong className="desk-nowrap">{vnDate(o.dueDate)}</strong> · Thông báo số {o.noticeNo}
              , ngày {vnDate(o.noticeDate)}
            </div>
          </li>
        ))}
      </ul>
      <Typography.Paragraph className="land-tax-total">
        Tổng cộng: <strong>{formatDong(totalDue(notice))}</strong>
      </Typography.Paragraph>
    </div>
  );
}
