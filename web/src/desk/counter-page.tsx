/**
 * The officer's counter console (/ban-lam-viec/quay): sign in to a counter of the unit, call the next number
 * (appointments first), call again, mark absent, transfer to another field's queue, serve, and finish — linked to
 * the dossier received for this citizen ("Tiếp nhận hồ sơ" opens the intake with ?ticket=<id>; its receipt links
 * back here with ?dossier=<code>). Refreshes every 5 seconds.
 */
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { queueApi } from '../../../src/contracts/queue-api.js';
import { ApiError } from '../shared/api.js';
import { call } from '../shared/client.js';
import { useCurrentStaff } from '../shared/auth.js';
import { statusLabels } from '../../../src/domain/queue/ticket.js';
import './counter.css';

export default function CounterPage() {
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const [dossierCode, setDossierCode] = useState(params.get('dossier') ?? '');
  const [target, setTarget] = useState<string | undefined>();
  const view = useQuery({
    queryKey: ['queue-console'],
    queryFn: () => call(queueApi.console),
    refetchInterval: 5000,
  });
  const act = useMutation({
    mutationFn: (send: () => Promise<unknown>) => send(),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['queue-console'] }),
  });
  useEffect(() => {
    const code = params.get('dossier');
    if (code) setDossierCode(code);
  }, [params]);

  const mayReceive = useCurrentStaff().roles.some((r) => r.role === 'reception_officer');
  const data = view.data;
  const open = data?.counters.filter((c) => c.active) ?? [];
  const current = data?.current ?? null;
  const run = (send: () => Promise<unknown>) => act.mutate(send);
  const error =
    act.error instanceof ApiError
      ? act.error.message
      : view.error instanceof ApiError
        ? view.error.message
        : null;

  return (
    <div className="staff-page counter-page">
      <Typography.Title level={1} className="staff-title">
        Quầy phục vụ{data?.counter ? ` số ${data.counter.number}` : ''}
      </Typography.Title>
      {data?.unit && <p>{data.unit.name}</p>}
      {error && <Alert type="error" showIcon title={error} className="counter-alert" />}
      {data && !data.counter && open.length === 0 && (
        <Alert
          type="info"
          showIcon
          className="counter-alert"
          title="Đơn vị chưa có quầy phục vụ nào đang mở."
          description={
            <>
              Quản trị đơn vị thêm quầy ở trang Đơn vị.
              {mayReceive && (
                <>
                  {' '}
                  Bạn vẫn có thể tiếp nhận hồ sơ: <Link to="/ban-lam-viec/tiep-nhan">Tiếp nhận hồ sơ</Link>.
                </>
              )}
            </>
          }
        />
      )}
      {data && !data.counter && open.length > 0 && (
        <Card title="Chọn quầy làm việc">
          <Space wrap className="counter-choose">
            {open.map((c) => (
              <Button
                key={c.id}
                size="large"
                disabled={c.officer !== null}
                onClick={() => run(() => call(queueApi.signIn, { params: { id: c.id } }))}
              >
                Quầy {c.number}
                {c.label ? ` — ${c.label}` : ''}
                {c.officer ? ` (${c.officer.fullName})` : ''}
              </Button>
            ))}
          </Space>
        </Card>
      )}
      {data?.counter && (
        <Card
          title={`Quầy ${data.counter.number}${data.counter.label ? ` — ${data.counter.label}` : ''}`}
          extra={<Button onClick={() => run(() => call(queueApi.signOut))}>Rời quầy</Button>}
        >
          {!current && (
            <Button
              type="primary"
              size="large"
              loading={act.isPending}
              onClick={() => run(() => call(queueApi.callNext))}
            >
              Gọi số tiếp theo
            </Button>
          )}
          {current && (
            <div className="counter-current">
              <p className="counter-number" data-testid="counter-current">
                {current.number}
              </p>
              <p>
                {current.fieldName} · <Tag>{statusLabels[current.status]}</Tag>
                {current.priority && <Tag color="gold">Có lịch hẹn</Tag>}
                {current.callCount > 1 && `Đã mời ${current.callCount} lần`}
              </p>
              <Space wrap>
                {current.status === 'called' && (
                  <>
                    <Button
                      type="primary"
                      onClick={() =>
                        run(() => call(queueApi.act, { params: { id: current.id, action: 'serve' } }))
                      }
                    >
                      Bắt đầu phục vụ
                    </Button>
                    <Button
                      onClick={() =>
                        run(() => call(queueApi.act, { params: { id: current.id, action: 'recall' } }))
                      }
                    >
                      Gọi lại
                    </Button>
                    <Button
                      danger
                      onClick={() =>
                        run(() => call(queueApi.act, { params: { id: current.id, action: 'no-show' } }))
                      }
                    >
                      Vắng mặt
                    </Button>
                  </>
                )}
                {current.status === 'serving' && (
                  <Link to={`/ban-lam-viec/tiep-nhan?ticket=${current.id}`}>Tiếp nhận hồ sơ</Link>
                )}
              </Space>
              {current.status === 'serving' && (
                <div className="counter-finish">
                  <label htmlFor="counter-dossier">Mã hồ sơ đã tiếp nhận (nếu có)</label>
                  <Space.Compact>
                    <Input
                      id="counter-dossier"
                      value={dossierCode}
                      onChange={(e) => setDossierCode(e.target.value)}
                      placeholder="H56.10.01-261207-0001"
                    />
                    <Button
                      type="primary"
                      onClick={() => {
                        const body = { dossierCode: dossierCode.trim() || null };
                        run(() => call(queueApi.finish, { params: { id: current.id }, body }));
                        setDossierCode('');
                        setParams({});
                      }}
                    >
                      Kết thúc
                    </Button>
                  </Space.Compact>
                </div>
              )}
              <div className="counter-transfer">
                <label htmlFor="counter-transfer">Chuyển sang lĩnh vực</label>
                <Space.Compact>
                  <Select
                    id="counter-transfer"
                    className="counter-select"
                    value={target}
                    onChange={setTarget}
                    placeholder="Chọn lĩnh vực"
                    options={data.fields
                      .filter((f) => f.code !== current.fieldCode)
                      .map((f) => ({ value: f.code, label: f.name }))}
                  />
                  <Button
                    disabled={!target}
                    onClick={() =>
                      run(() =>
                        call(queueApi.transfer, { params: { id: current.id }, body: { fieldCode: target! } }),
                      )
                    }
                  >
                    Chuyển
                  </Button>
                </Space.Compact>
              </div>
            </div>
          )}
        </Card>
      )}
      {data && (
        <Card title="Người đang chờ" className="counter-waiting">
          <Table
            size="small"
            pagination={false}
            rowKey="code"
            dataSource={data.fields}
            columns={[
              { title: 'Lĩnh vực', dataIndex: 'name' },
              { title: 'Đang chờ', dataIndex: 'waiting' },
              { title: 'Số tiếp theo', dataIndex: 'next', render: (n: string[]) => n.join(', ') },
            ]}
          />
        </Card>
      )}
    </div>
  );
}
