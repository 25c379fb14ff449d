/**
 * The dossier page's "Nguồn tiếp nhận": where the dossier came from — the hotline call and the checklist sent during
 * it, the appointment, the ticket at the counter, the online public service point and its helper — and the applicant's answers to the procedure's questions, which
 * decided the documents compared at intake.
 */
import { Descriptions } from 'antd';
import {
  pointConsentLabels,
  servicePointLine,
  type DossierOrigin,
} from '../../../src/domain/dossier/origin.js';
import { formatDateTime } from './dossier-api.js';

const vnDate = (iso: string) => iso.split('-').reverse().join('/');

export function OriginView({ origin }: { origin: DossierOrigin }) {
  const items = [
    ...(origin.servicePoint
      ? [
          {
            key: 'point',
            label: 'Điểm dịch vụ công',
            children: `${servicePointLine(origin.servicePoint)}, lúc ${formatDateTime(origin.servicePoint.submittedAt)}`,
          },
          {
            key: 'consent',
            label: 'Người dân đồng ý bằng',
            children: pointConsentLabels[origin.servicePoint.consent],
          },
        ]
      : []),
    ...(origin.call
      ? [
          {
            key: 'call',
            label: 'Cuộc gọi tổng đài',
            children: `${origin.call.reference}, lúc ${formatDateTime(origin.call.startedAt)}${
              origin.checklist
                ? ` — đã gửi danh sách giấy tờ lúc ${formatDateTime(origin.checklist.sentAt)}`
                : ''
            }`,
          },
        ]
      : []),
    ...(origin.appointment
      ? [
          {
            key: 'appointment',
            label: 'Lịch hẹn',
            children: `${origin.appointment.code.slice(0, 4)}-${origin.appointment.code.slice(4)}, ${
              origin.appointment.startTime
            } ngày ${vnDate(origin.appointment.date)}`,
          },
        ]
      : []),
    ...(origin.ticket
      ? [
          {
            key: 'ticket',
            label: 'Số thứ tự',
            children: `${origin.ticket.number}, lấy lúc ${formatDateTime(origin.ticket.issuedAt)}`,
          },
        ]
      : []),
    ...(origin.answers.length
      ? [
          {
            key: 'answers',
            label: 'Trường hợp của công dân',
            children: (
              <ul className="dossier-origin-answers">
                {origin.answers.map((a) => (
                  <li key={a}>{a}</li>
                ))}
              </ul>
            ),
          },
        ]
      : []),
  ];
  return <Descriptions column={1} size="small" items={items} />;
}
