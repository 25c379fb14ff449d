/**
 * /ban-lam-viec/ho-so/:code: one dossier — summary (status, due, whether the clock is paused, handling unit,
 * assignee), applicant, documents, the history as a timeline in Vietnamese, the forms to print, and a button for
 * each action the transition table allows now that the person may take (the server's `mine`, computed with
 * allowedActions and mayAct from src/domain/dossier).
 */
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { Alert, Button, Card, Descriptions, Grid, Result, Skeleton, Table, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, FilePdfOutlined, ReloadOutlined } from '@ant-design/icons';
import { actionLabels, terminalStatuses } from '../../../src/domain/dossier/lifecycle.js';
import { formatMoney } from '../../../src/domain/checklist/checklist.js';
import { confirmationLabels } from '../../../src/domain/dossier/declaration.js';
import { nationalPhone, normalisePhone } from '../../../src/domain/contact/contact.js';
import { ApiError } from '../shared/api.js';
import { owedText } from '../shared/fees.js';
import { ActionButtons, useSpecialists } from './actions.js';
import { AttachmentsPanel } from './attachments-panel.js';
import { ControlSlipView } from './control-slip.js';
import { History } from './dossier-history.js';
import {
  channelLabels,
  formatDateTime,
  useDossier,
  type DossierDetail,
  type DossierDocument,
} from './dossier-api.js';
import { formNames, formPath, formsFor } from './forms.js';
import { OriginView } from './dossier-origin.js';
import { INBOX_PATH } from '../shared/auth-paths.js';
import { hasOrigin } from '../../../src/domain/dossier/origin.js';
import { LandTaxNotice, LandTaxSlip } from './land-tax-panel.js';
import { PaymentPanel } from './payment-panel.js';

const documentState = {
  received: { label: 'Đã nhận', className: 'doc-tag doc-received' },
  missing: { label: 'Còn thiếu', className: 'doc-tag doc-missing' },
  not_applicable: { label: 'Không áp dụng', className: 'doc-tag doc-na' },
} as const;

function clockText(d: DossierDetail): string {
  if ((terminalStatuses as readonly string[]).includes(d.status)) return 'Đã kết thúc';
  if (d.status === 'supplement_requested') return 'Tạm dừng — chờ công dân bổ sung';
  if (!d.receivedAt) return 'Chưa tính (chưa tiếp nhận)';
  return 'Đang tính';
}

/** The specialist assigned last, from the history (named when the person may list the unit's specialists). */
function useAssignee(d: DossierDetail): string {
  const last = [...d.history].reverse().find((h) => h.action === 'assign');
  const id = typeof last?.data.assigneeId === 'string' ? last.data.assigneeId : undefined;
  const specialists = useSpecialists(d.handlingUnit.agencyId, Boolean(id));
  if (!last) return 'Chưa phân công';
  if (!id) return 'Đã phân công';
  return specialists.data?.find((s) => s.id === id)?.fullName ?? 'Đã phân công';
}

const docColumns = [
  { title: 'Giấy tờ', dataIndex: 'name', key: 'name' },
  {
    title: 'Yêu cầu',
    key: 'req',
    render: (_: unknown, d: DossierDocument) => `${d.originalsRequired} chính, ${d.copiesRequired} sao`,
  },
  {
    title: 'Đã nhận',
    key: 'got',
    render: (_: unknown, d: DossierDocument) => `${d.originals} chính, ${d.copies} sao`,
  },
  {
    title: 'Tình trạng',
    key: 'state',
    render: (_: unknown, d: DossierDocument) => (
      <Tag className={documentState[d.state].className}>{documentState[d.state].label}</Tag>
    ),
  },
];

const feeTiming = { before: 'Đã nộp khi nộp hồ sơ', after: 'Nộp khi nhận kết quả', exempt: 'Miễn' } as const;

function phoneText(phone: string | null | undefined): string {
  if (!phone) return '—';
  const n = normalisePhone(phone);
  return n ? nationalPhone(n) : phone;
}

function Applicant({ d }: { d: DossierDetail }) {
  const org = d.organisation;
  return (
    <Descriptions
      column={{ xs: 1, md: 2 }}
      size="small"
      items={[
        ...(org
          ? [
              { key: 'org', label: 'Tổ chức', children: org.name },
              { key: 'tax', label: 'Mã số thuế', children: org.taxCode ?? '—' },
              ...(org.address ? [{ key: 'orgaddr', label: 'Trụ sở', span: 2, children: org.address }] : []),
            ]
          : []),
        { key: 'name', label: org ? 'Người đại diện' : 'Họ và tên', children: d.applicant.name },
        {
          key: 'phone',
          label: 'Điện thoại',
          children: <span className="desk-nowrap">{phoneText(d.applicant.phone)}</span>,
        },
        {
          key: 'id',
          label: 'Số CCCD',
          children: <span className="desk-nowrap">{d.applicant.idNumber ?? '—'}</span>,
        },
        ...(d.applicant.email ? [{ key: 'email', label: 'Thư điện tử', children: d.applicant.email }] : []),
        ...(d.applicant.address
          ? [{ key: 'addr', label: 'Địa chỉ', span: 2, children: d.applicant.address }]
          : []),
        ...(d.fee
          ? [
              {
                key: 'fee',
                label: 'Phí, lệ phí',
                span: 2,
                children:
                  d.fee.timing === 'exempt'
                    ? `Miễn${d.fee.note ? ` (${d.fee.note})` : ''}`
                    : `${formatMoney(d.fee.amount)} — ${feeTiming[d.fee.timing]}${d.fee.note ? ` (${d.fee.note})` : ''}`,
              },
            ]
          : []),
        ...(d.owed && d.owed.totalBase > 0
          ? [{ key: 'owed', label: 'Phí, lệ phí theo quy định', span: 2, children: owedText(d.owed) }]
          : []),
      ]}
    />
  );
}

function DeclarationView({ declaration }: { declaration: NonNullable<DossierDetail['declaration']> }) {
  const c = declaration.confirmation;
  return (
    <>
      {declaration.assisted && (
        <Alert
          type="info"
          showIcon
          className="staff-banner"
          title={
            c
              ? `Cán bộ khai hộ; công dân xác nhận bằng ${confirmationLabels[c.method].toLowerCase()}${
                  c.phoneMasked ? ` (${c.phoneMasked})` : ''
                } lúc ${formatDateTime(c.at)}.`
              : 'Cán bộ khai hộ; chưa có xác nhận của công dân.'
          }
        />
      )}
      <Descriptions
        column={1}
        size="small"
        bordered
        items={declaration.values.map((v) => ({
          key: v.key,
          label: v.label,
          children: (
            <>
              {v.value}
              <div className="desk-muted dossier-entered-by">
                {v.enteredBy.kind === 'officer' ? `Cán bộ ${v.enteredBy.name} nhập` : 'Công dân tự khai'}
              </div>
            </>
          ),
        }))}
      />
    </>
  );
}

function Summary({ d }: { d: DossierDetail }) {
  const assignee = useAssignee(d);
  return (
    <Descriptions
      column={{ xs: 1, sm: 2, lg: 1, xxl: 2 }}
      bordered
      size="small"
      className="dossier-summary"
      items={[
        { key: 'proc', label: 'Thủ tục', span: 2, children: `${d.procedure.name} (${d.procedure.code})` },
        ...(d.caseName ? [{ key: 'case', label: 'Trường hợp', span: 2, children: d.caseName }] : []),
        { key: 'status', label: 'Trạng thái', children: <strong>{d.statusLabel}</strong> },
        { key: 'due', label: 'Hạn trả kết quả', children: formatDateTime(d.dueAt) },
        { key: 'clock', label: 'Thời hạn', children: clockText(d) },
        { key: 'received', label: 'Tiếp nhận lúc', children: formatDateTime(d.receivedAt) },
        { key: 'handling', label: 'Đơn vị đang xử lý', children: d.handlingUnit.name },
        { key: 'assignee', label: 'Chuyên viên xử lý', children: assignee },
        { key: 'receiving', label: 'Nơi tiếp nhận', children: d.receivingUnit.name },
        { key: 'channel', label: 'Hình thức nộp', children: channelLabels[d.channel] },
        ...(d.finishedAt
          ? [{ key: 'finished', label: 'Kết thúc lúc', children: formatDateTime(d.finishedAt) }]
          : []),
      ]}
    />
  );
}

export default function DossierPage() {
  const { code = '' } = useParams();
  const q = useDossier(code);
  const isPhone = !Grid.useBreakpoint().md;

  useEffect(() => {
    document.title = `Hồ sơ ${code} — Một cửa điện tử`;
  }, [code]);

  if (q.isPending) return <Skeleton active />;
  if (q.isError) {
    const e = q.error;
    const notFound = e instanceof ApiError && e.status === 404;
    const forbidden = e instanceof ApiError && e.status === 403;
    return (
      <Result
        status={notFound ? '404' : forbidden ? '403' : 'error'}
        title={
          notFound ? 'Không tìm thấy hồ sơ' : forbidden ? 'Không có quyền xem hồ sơ' : 'Không tải được hồ sơ'
        }
        subTitle={e.message}
        extra={<Link to={INBOX_PATH}>Về danh sách hồ sơ</Link>}
      />
    );
  }
  const { detail: d, allowed } = q.data;
  const forms = formsFor(d.history, d.receivedAt !== null, d.declaration?.assisted === true);

  return (
    <>
      <Link to={INBOX_PATH} className="dossier-back">
        <ArrowLeftOutlined aria-hidden /> Hồ sơ cần xử lý
      </Link>
      <div className="staff-page-head">
        <Typography.Title level={1}>
          Hồ sơ <span className="desk-code">{d.code}</span>
        </Typography.Title>
        <Button icon={<ReloadOutlined />} onClick={() => void q.refetch()} loading={q.isFetching}>
          Tải lại
        </Button>
      </div>
      <ActionButtons dossier={d} mine={allowed.mine} />
      {allowed.mine.length === 0 && (
        <Alert
          className="staff-banner"
          type="info"
          showIcon
          title={
            allowed.allowed.length === 0
              ? 'Hồ sơ đã kết thúc, không còn thao tác nào.'
              : `Bước tiếp theo (${allowed.allowed.map((a) => actionLabels[a]).join(', ')}) không thuộc vai trò của bạn.`
          }
        />
      )}
      <div className="dossier-grid">
        <div className="dossier-main">
          <Card title={<h2 className="desk-card-title">Thông tin chung</h2>} className="intake-card">
            <Summary d={d} />
          </Card>
          <Card title={<h2 className="desk-card-title">Người nộp hồ sơ</h2>} className="intake-card">
            <Applicant d={d} />
          </Card>
          {d.origin && hasOrigin(d.origin) && (
            <Card title={<h2 className="desk-card-title">Nguồn tiếp nhận</h2>} className="intake-card">
              <OriginView origin={d.origin} />
            </Card>
          )}
          {d.declaration && d.declaration.values.length > 0 && (
            <Card
              title={<h2 className="desk-card-title">Tờ khai</h2>}
              className="intake-card dossier-declaration"
            >
              <DeclarationView declaration={d.declaration} />
            </Card>
          )}
          <Card title={<h2 className="desk-card-title">Thành phần hồ sơ</h2>} className="intake-card">
            {isPhone ? (
              <ul className="dossier-docs">
                {d.documents.map((doc) => (
                  <li key={doc.position}>
                    <div>{doc.name}</div>
                    <div className="desk-muted">
                      Yêu cầu {doc.originalsRequired} chính, {doc.copiesRequired} sao · Đã nhận{' '}
                      {doc.originals} chính, {doc.copies} sao
                    </div>
                    <Tag className={documentState[doc.state].className}>{documentState[doc.state].label}</Tag>
                  </li>
                ))}
              </ul>
            ) : (
              <Table<DossierDocument>
                rowKey="position"
                columns={docColumns}
                dataSource={d.documents}
                pagination={false}
                size="small"
              />
            )}
          </Card>
          <Card title={<h2 className="desk-card-title">Bản quét đính kèm</h2>} className="intake-card">
            <AttachmentsPanel
              code={d.code}
              attachments={d.attachments ?? []}
              documents={d.documents}
              canAttach={!(terminalStatuses as readonly string[]).includes(d.status)}
            />
          </Card>
          {d.landTax.notice && (
            <Card
              title={<h2 className="desk-card-title">Thông báo nghĩa vụ tài chính về đất đai</h2>}
              className="intake-card dossier-tax-notice"
            >
              <LandTaxNotice notice={d.landTax.notice} />
            </Card>
          )}
          <PaymentPanel code={d.code} />
          {d.landTax.slip && (
            <Card
              title={<h2 className="desk-card-title">Phiếu chuyển thông tin sang cơ quan thuế</h2>}
              className="intake-card dossier-tax-slip"
            >
              <LandTaxSlip slip={d.landTax.slip} />
            </Card>
          )}
          {d.receivedAt && (
            <Card
              title={<h2 className="desk-card-title">Phiếu kiểm soát quá trình giải quyết</h2>}
              className="intake-card dossier-slip"
            >
              <ControlSlipView code={d.code} version={d.version} />
            </Card>
          )}
        </div>
        <div className="dossier-side">
          <Card title={<h2 className="desk-card-title">Biểu mẫu</h2>} className="intake-card">
            {forms.length === 0 ? (
              <Typography.Paragraph className="desk-muted">Chưa có biểu mẫu để in.</Typography.Paragraph>
            ) : (
              <ul className="dossier-forms">
                {forms.map((f) => (
                  <li key={f}>
                    <a href={formPath(d.code, f)} target="_blank" rel="noreferrer">
                      <FilePdfOutlined aria-hidden /> {formNames[f]}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title={<h2 className="desk-card-title">Quá trình xử lý</h2>} className="intake-card">
            <History history={d.history} />
          </Card>
        </div>
      </div>
    </>
  );
}
