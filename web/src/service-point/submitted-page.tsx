/** Hồ sơ đã nộp tại điểm: what the helper submitted, with the status to tell the citizen — nothing more. */
import { useEffect } from 'react';
import { Alert, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { servicePointApi } from '../../../src/contracts/service-points-api.js';
import { formatTimeDate } from '../../../src/domain/format/format.js';
import { call } from '../shared/client.js';

export function SubmittedPage() {
  const list = useQuery({
    queryKey: ['service-point', 'submitted'],
    queryFn: () => call(servicePointApi.submissions),
  });
  useEffect(() => {
    document.title = 'Hồ sơ đã nộp tại điểm';
  }, []);
  return (
    <>
      <div className="staff-page-head">
        <Typography.Title level={1}>Hồ sơ đã nộp tại điểm</Typography.Title>
      </div>
      {list.isError && <Alert type="error" showIcon title={list.error.message} />}
      <Table
        rowKey="code"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        scroll={{ x: true }}
        columns={[
          { title: 'Mã hồ sơ', dataIndex: 'code' },
          { title: 'Người nộp', dataIndex: 'applicantName' },
          { title: 'Thủ tục', dataIndex: 'procedureName' },
          { title: 'Trạng thái', dataIndex: 'statusLabel' },
          {
            title: 'Nộp lúc',
            dataIndex: 'submittedAt',
            render: (at: string) => formatTimeDate(new Date(at).getTime()),
          },
        ]}
      />
    </>
  );
}
