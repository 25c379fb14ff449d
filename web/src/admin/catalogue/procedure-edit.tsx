/**
 * A procedure's admin page: "Nội dung" (the edit form, starting from the latest version) and "Các phiên bản".
 * Without a code (/quan-tri/thu-tuc/them) it is the form for a new procedure.
 */
import { useEffect } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert, Result, Spin, Tabs, Typography } from 'antd';
import { ArrowLeftOutlined, ExportOutlined } from '@ant-design/icons';
import { formatDate } from '../../../../src/domain/checklist/checklist.js';
import { ApiError } from '../../shared/api.js';
import { useAdminProcedure, type AdminProcedure } from './catalogue-api.js';
import { cataloguePaths } from './paths.js';
import { ProcedureForm } from './procedure-form.js';
import { VersionsTab } from './versions-tab.js';

function BackLink() {
  return (
    <Link to={cataloguePaths.list} className="cat-back">
      <ArrowLeftOutlined aria-hidden /> Danh sách thủ tục
    </Link>
  );
}

function VersionSummary({ data }: { data: AdminProcedure }) {
  const inForce = data.versions.find((v) => v.inForce);
  const latest = data.version;
  return (
    <p className="cat-summary">
      {inForce
        ? `Đang áp dụng: phiên bản ${inForce.no}, từ ${formatDate(inForce.effectiveFrom)}.`
        : 'Chưa có phiên bản nào có hiệu lực.'}
      {latest.no !== inForce?.no &&
        ` Phiên bản mới nhất: ${latest.no}, hiệu lực từ ${formatDate(latest.effectiveFrom)}.`}{' '}
      <a href={cataloguePaths.public(data.code)} target="_blank" rel="noreferrer">
        <ExportOutlined aria-hidden /> Xem trang công khai
      </a>
    </p>
  );
}

export default function ProcedureEdit() {
  const params = useParams();
  const navigate = useNavigate();
  const code = params.code;
  const rest = (params['*'] ?? '').split('/').filter(Boolean);
  const tab = rest[0] === 'phien-ban' ? 'versions' : 'content';
  const selectedNo = rest[1] && /^\d+$/.test(rest[1]) ? Number(rest[1]) : undefined;
  const procedure = useAdminProcedure(code);

  useEffect(() => {
    document.title = code ? `Sửa thủ tục ${code} — Quản trị` : 'Thêm thủ tục — Quản trị';
  }, [code]);

  if (code === undefined) {
    return (
      <>
        <BackLink />
        <div className="staff-page-head">
          <Typography.Title level={1}>Thêm thủ tục</Typography.Title>
        </div>
        <ProcedureForm base={undefined} onReload={() => undefined} />
      </>
    );
  }

  if (procedure.isPending) return <Spin style={{ display: 'block', margin: '10vh auto' }} />;
  if (procedure.isError) {
    const notFound = procedure.error instanceof ApiError && procedure.error.status === 404;
    return (
      <Result
        status={notFound ? '404' : 'error'}
        title={notFound ? `Không có thủ tục mã ${code}` : 'Không tải được thủ tục'}
        subTitle={procedure.error.message}
        extra={<BackLink />}
      />
    );
  }
  const data = procedure.data;

  return (
    <>
      <BackLink />
      <div className="staff-page-head cat-head">
        <Typography.Title level={1}>
          Thủ tục {data.code}
          <span className="cat-head-name">{data.record.name}</span>
        </Typography.Title>
      </div>
      <VersionSummary data={data} />
      {procedure.isRefetching && <Alert type="info" title="Đang tải lại…" className="staff-banner" />}
      <Tabs
        activeKey={tab}
        onChange={(key) =>
          void navigate(
            key === 'versions' ? cataloguePaths.versions(data.code) : cataloguePaths.edit(data.code),
          )
        }
        items={[
          {
            key: 'content',
            label: 'Nội dung',
            children: (
              <ProcedureForm key={data.version.id} base={data} onReload={() => void procedure.refetch()} />
            ),
          },
          {
            key: 'versions',
            label: `Các phiên bản (${data.versions.length})`,
            children: <VersionsTab data={data} selected={selectedNo} />,
          },
        ]}
      />
    </>
  );
}
