/**
 * The versions of a procedure: number, effective date, who saved it and when, the note; and any one of them
 * read-only with what differs from the version in force today.
 */
import { Link } from 'react-router';
import { Alert, Grid, Spin, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatDate, formatDateTime, formatTimeDate } from '../../../../src/domain/format/format.js';
import { useProcedureVersion, type AdminProcedure, type AdminVersion } from './catalogue-api.js';
import { cataloguePaths } from './paths.js';
import { diffRecords } from './record-diff.js';
import { RecordView } from './record-view.js';

function StatusTags({ v }: { v: AdminVersion }) {
  return (
    <>
      {v.inForce && <Tag className="tag-ok">Đang áp dụng</Tag>}
      {v.latest && !v.inForce && <Tag className="cat-tag-pending">Chưa đến ngày hiệu lực</Tag>}
      {v.latest && <Tag className="cat-tag-plain">Mới nhất</Tag>}
    </>
  );
}

function VersionDetail({ data, no }: { data: AdminProcedure; no: number }) {
  const version = useProcedureVersion(data.code, no);
  const inForce = data.versions.find((v) => v.inForce) ?? data.version;
  const current = useProcedureVersion(data.code, inForce.no);
  if (version.isError) return <Alert type="error" showIcon title={version.error.message} />;
  if (!version.data || !current.data) return <Spin />;
  const v = version.data.version;
  // Always read forwards in time: from the lower version number to the higher one.
  const older = v.no < inForce.no;
  const [from, to] = older ? [version.data, current.data] : [current.data, version.data];
  const changes = v.no === inForce.no ? [] : diffRecords(from.record, to.record);
  return (
    <section className="cat-version-detail" aria-labelledby="cat-version-title">
      <Typography.Title level={2} id="cat-version-title" className="cat-h2">
        Phiên bản {v.no} (chỉ xem)
      </Typography.Title>
      <p>
        Hiệu lực từ {formatDate(v.effectiveFrom)} · lưu lúc {formatTimeDate(v.createdAt)} bởi{' '}
        {v.createdByName ?? 'hệ thống'}
        {v.note ? ` · ${v.note}` : ''} <StatusTags v={v} />
      </p>
      <Typography.Title level={3} className="cat-h3">
        {v.no === inForce.no
          ? 'Đây là phiên bản đang áp dụng'
          : `So với phiên bản đang áp dụng (phiên bản ${inForce.no})`}
      </Typography.Title>
      {v.no !== inForce.no &&
        (changes.length === 0 ? (
          <p>Nội dung giống hệt phiên bản {inForce.no}.</p>
        ) : (
          <table className="cat-diff">
            <caption className="cat-help">
              Những phần đã đổi từ phiên bản {from.version.no} sang phiên bản {to.version.no}
              {older ? ' (đang áp dụng)' : ''}:
            </caption>
            <thead>
              <tr>
                <th scope="col">Phần</th>
                <th scope="col">Thay đổi</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c) => (
                <tr key={c.key}>
                  <th scope="row">{c.label}</th>
                  <td>
                    <ul>
                      {c.changes.map((text, i) => (
                        <li key={i}>{text}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      <Typography.Title level={3} className="cat-h3">
        Nội dung phiên bản {v.no}
      </Typography.Title>
      <RecordView record={version.data.record} />
    </section>
  );
}

export function VersionsTab({ data, selected }: { data: AdminProcedure; selected: number | undefined }) {
  const screens = Grid.useBreakpoint();
  const rows = [...data.versions].reverse();
  const columns: ColumnsType<AdminVersion> = [
    {
      title: 'Phiên bản',
      key: 'no',
      className: 'cat-nowrap',
      render: (_, v) => (
        <Link
          to={cataloguePaths.version(data.code, v.no)}
          aria-current={v.no === selected ? 'page' : undefined}
        >
          Phiên bản {v.no}
        </Link>
      ),
    },
    {
      title: 'Hiệu lực từ',
      key: 'from',
      className: 'cat-nowrap',
      render: (_, v) => formatDate(v.effectiveFrom),
    },
    { title: 'Người lưu', key: 'who', render: (_, v) => v.createdByName ?? 'Hệ thống', responsive: ['sm'] },
    {
      title: 'Lúc lưu',
      key: 'when',
      render: (_, v) => formatDateTime(v.createdAt),
      responsive: ['md'],
    },
    { title: 'Ghi chú', key: 'note', render: (_, v) => v.note ?? '', responsive: ['md'] },
    { title: 'Trạng thái', key: 'status', render: (_, v) => <StatusTags v={v} /> },
  ];
  return (
    <>
      <Typography.Title level={2} className="cat-h2">
        Các phiên bản
      </Typography.Title>
      <Table<AdminVersion>
        rowKey="no"
        size={screens.md ? 'middle' : 'small'}
        dataSource={rows}
        columns={columns}
        pagination={false}
        rowClassName={(v) => (v.no === selected ? 'cat-row-selected' : '')}
      />
      {selected !== undefined && <VersionDetail data={data} no={selected} />}
      {selected === undefined && (
        <p className="cat-help">
          Chọn một phiên bản để xem nội dung và những gì khác với phiên bản đang áp dụng.
        </p>
      )}
    </>
  );
}
