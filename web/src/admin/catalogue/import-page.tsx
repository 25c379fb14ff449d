/**
 * "Nhập / xuất danh mục": download the catalogue file; import one. An import is checked first (a dry run on the
 * server, nothing written): either the counts of what it would do, or every error in a table. "Nhập" applies it,
 * all or nothing.
 */
import { useEffect, useId, useState } from 'react';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Grid, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { CheckOutlined, DownloadOutlined, ImportOutlined, UploadOutlined } from '@ant-design/icons';
import type { CatalogueFile } from '../../../../src/domain/catalogue/record.js';
import { formatDate } from '../../../../src/domain/checklist/checklist.js';
import { ApiError } from '../../shared/api.js';
import { catalogueKeys, EXPORT_PATH, importCatalogueFile, type ImportResult } from './catalogue-api.js';
import { DateInput } from './form-parts.js';
import { errorRows, type ErrorRow } from './import-errors.js';
import { cataloguePaths } from './paths.js';

interface Picked {
  name: string;
  file: CatalogueFile | null;
  parseError?: string;
}

const where = (r: ErrorRow) => (
  <>
    {r.where}
    {r.place && <code className="cat-path">{r.place}</code>}
  </>
);

const errorColumns: ColumnsType<ErrorRow> = [
  { title: 'Thủ tục', dataIndex: 'record', className: 'cat-nowrap' },
  { title: 'Vị trí', key: 'where', className: 'cat-break', render: (_, r) => where(r) },
  { title: 'Lỗi', dataIndex: 'message' },
];

/** On phones one cell per error. */
const phoneErrorColumns: ColumnsType<ErrorRow> = [
  {
    title: 'Lỗi',
    key: 'card',
    render: (_, r) => (
      <div className="cat-card">
        <strong>{r.record}</strong>
        <span>{r.message}</span>
        <span className="cat-help">{where(r)}</span>
      </div>
    ),
  },
];

function Counts({ r }: { r: ImportResult }) {
  return (
    <dl className="cat-counts">
      <div>
        <dt>Thêm mới</dt>
        <dd>{r.created}</dd>
      </div>
      <div>
        <dt>Cập nhật (phiên bản mới)</dt>
        <dd>{r.updated}</dd>
      </div>
      <div>
        <dt>Không đổi</dt>
        <dd>{r.unchanged}</dd>
      </div>
    </dl>
  );
}

function CodeLists({ r }: { r: ImportResult }) {
  return (
    <>
      {r.createdCodes.length > 0 && <p>Thủ tục mới: {r.createdCodes.join(', ')}</p>}
      {r.updatedCodes.length > 0 && <p>Thủ tục có phiên bản mới: {r.updatedCodes.join(', ')}</p>}
      {r.fieldsCreated.length > 0 && <p>Lĩnh vực mới: {r.fieldsCreated.join(', ')}</p>}
    </>
  );
}

export default function ImportPage() {
  const inputId = useId();
  const dateId = useId();
  const queryClient = useQueryClient();
  const screens = Grid.useBreakpoint();
  const [picked, setPicked] = useState<Picked | null>(null);
  const [effectiveFrom, setEffectiveFrom] = useState<string | undefined>();
  useEffect(() => {
    document.title = 'Nhập / xuất danh mục — Quản trị';
  }, []);

  const check = useMutation({
    mutationFn: (input: { file: CatalogueFile; effectiveFrom?: string }) =>
      importCatalogueFile(input.file, {
        dryRun: true,
        ...(input.effectiveFrom ? { effectiveFrom: input.effectiveFrom } : {}),
      }),
  });
  const apply = useMutation({
    mutationFn: (input: { file: CatalogueFile; effectiveFrom?: string }) =>
      importCatalogueFile(input.file, {
        dryRun: false,
        ...(input.effectiveFrom ? { effectiveFrom: input.effectiveFrom } : {}),
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: catalogueKeys.all });
      await queryClient.invalidateQueries({ queryKey: ['procedures'] });
      await queryClient.invalidateQueries({ queryKey: ['fields'] });
    },
  });

  const runCheck = (p: Picked | null, date: string | undefined) => {
    apply.reset();
    check.reset();
    if (p?.file) check.mutate({ file: p.file, ...(date ? { effectiveFrom: date } : {}) });
  };

  const onFile = async (f: File | undefined) => {
    if (!f) {
      setPicked(null);
      runCheck(null, effectiveFrom);
      return;
    }
    let next: Picked;
    try {
      next = { name: f.name, file: JSON.parse(await f.text()) as CatalogueFile };
    } catch (e) {
      next = { name: f.name, file: null, parseError: e instanceof Error ? e.message : String(e) };
    }
    setPicked(next);
    runCheck(next, effectiveFrom);
  };

  const checkError = check.error instanceof ApiError ? check.error : null;
  const rows = checkError?.fields ? errorRows(checkError.fields, picked?.file) : [];
  const dry = check.data;
  const nothingToDo = dry !== undefined && dry.created + dry.updated === 0;

  return (
    <>
      <Link to={cataloguePaths.list} className="cat-back">
        ← Danh sách thủ tục
      </Link>
      <div className="staff-page-head">
        <Typography.Title level={1}>Nhập / xuất danh mục thủ tục</Typography.Title>
      </div>

      <Card className="cat-section" title={<h2 className="cat-section-title">Xuất danh mục</h2>}>
        <p>
          Tải về tệp JSON (định dạng motcua.catalogue) gồm mọi thủ tục với phiên bản đang áp dụng hôm nay.
        </p>
        <Button icon={<DownloadOutlined aria-hidden />} href={EXPORT_PATH} download>
          Tải tệp danh mục
        </Button>
      </Card>

      <Card className="cat-section" title={<h2 className="cat-section-title">Nhập từ tệp</h2>}>
        <p>
          Hệ thống kiểm tra toàn bộ tệp trước. Tệp có lỗi thì không thủ tục nào được nhập. Thủ tục đã có và có
          thay đổi sẽ được lưu thành phiên bản mới; phiên bản cũ được giữ nguyên.
        </p>
        <Form layout="vertical" className="cat-import-form">
          <div className="cat-file-row">
            <input
              id={inputId}
              type="file"
              accept=".json,application/json"
              className="cat-file-input"
              onChange={(e) => void onFile(e.target.files?.[0])}
            />
            <label htmlFor={inputId} className="cat-file-button">
              <UploadOutlined aria-hidden /> Chọn tệp danh mục (.json)
            </label>
            <span className="cat-file-name">{picked ? picked.name : 'Chưa chọn tệp'}</span>
          </div>
          <Form.Item
            label="Hiệu lực từ ngày (không bắt buộc)"
            htmlFor={dateId}
            extra="Để trống: theo ngày ghi trong tệp, nếu không có thì hôm nay."
          >
            <DateInput
              id={dateId}
              value={effectiveFrom ? dayjs(effectiveFrom) : null}
              onChange={(d) => {
                const date = d ? d.format('YYYY-MM-DD') : undefined;
                setEffectiveFrom(date);
                runCheck(picked, date);
              }}
            />
          </Form.Item>
        </Form>

        <div aria-live="polite" className="cat-import-result">
          {picked?.parseError && (
            <Alert
              type="error"
              showIcon
              title={`Không đọc được tệp ${picked.name}: đây không phải tệp JSON hợp lệ.`}
              description={picked.parseError}
            />
          )}
          {check.isPending && <Alert type="info" title="Đang kiểm tra tệp…" />}
          {check.isError && (
            <Alert
              type="error"
              showIcon
              title={check.error.message}
              description={
                rows.length > 0
                  ? 'Không có thay đổi nào được ghi. Sửa các lỗi dưới đây rồi chọn lại tệp.'
                  : undefined
              }
            />
          )}
          {dry && !apply.data && (
            <Alert
              type={nothingToDo ? 'info' : 'success'}
              showIcon
              title={
                nothingToDo
                  ? 'Tệp hợp lệ; danh mục đã giống hệt tệp, không có gì để nhập.'
                  : `Tệp hợp lệ. Kết quả kiểm tra (chưa ghi gì), hiệu lực từ ${formatDate(dry.effectiveFrom)}:`
              }
              description={
                <>
                  <Counts r={dry} />
                  <CodeLists r={dry} />
                </>
              }
            />
          )}
          {apply.isError && <Alert type="error" showIcon title={apply.error.message} />}
          {apply.data && (
            <Alert
              type="success"
              showIcon
              title={`Đã nhập danh mục, hiệu lực từ ${formatDate(apply.data.effectiveFrom)}.`}
              description={
                <>
                  <Counts r={apply.data} />
                  <CodeLists r={apply.data} />
                </>
              }
            />
          )}
        </div>

        {rows.length > 0 && (
          <Table<ErrorRow>
            className="cat-error-table"
            rowKey="key"
            size="small"
            dataSource={rows}
            title={() => <h3 className="cat-h3">Các lỗi trong tệp ({rows.length})</h3>}
            pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
            columns={screens.md ? errorColumns : phoneErrorColumns}
          />
        )}

        <Space wrap className="cat-import-actions">
          <Button
            icon={<CheckOutlined aria-hidden />}
            disabled={!picked?.file}
            loading={check.isPending}
            onClick={() => runCheck(picked, effectiveFrom)}
          >
            Kiểm tra lại
          </Button>
          <Button
            type="primary"
            icon={<ImportOutlined aria-hidden />}
            disabled={!dry || nothingToDo || apply.isSuccess || check.isPending}
            loading={apply.isPending}
            onClick={() =>
              picked?.file && apply.mutate({ file: picked.file, ...(effectiveFrom ? { effectiveFrom } : {}) })
            }
          >
            Nhập
          </Button>
        </Space>
      </Card>
    </>
  );
}
