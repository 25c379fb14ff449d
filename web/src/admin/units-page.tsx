import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Card, Descriptions, Empty, Space, Spin, Tag, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { unitTypeLabels } from '../../../src/domain/org/unit-tree.js';
import { useUnits, type UnitItem } from './org-api.js';
import { UnitForm, type UnitFormTarget } from './unit-form.js';

function toTree(units: readonly UnitItem[]): DataNode[] {
  const nodes = new Map<string, DataNode & { children: DataNode[] }>();
  const roots: DataNode[] = [];
  for (const u of units) {
    const node = {
      key: u.id,
      title: (
        <span>
          {u.name}
          {!u.active && (
            <Tag className="unit-tag" color="default">
              Ngừng hoạt động
            </Tag>
          )}
        </span>
      ),
      children: [],
    };
    nodes.set(u.id, node);
    const parent = u.parentId ? nodes.get(u.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

export default function UnitsPage() {
  const units = useUnits();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [formTarget, setFormTarget] = useState<UnitFormTarget | null>(null);
  useEffect(() => {
    document.title = 'Đơn vị — Quản trị';
  }, []);

  const items = useMemo(() => units.data ?? [], [units.data]);
  const tree = useMemo(() => toTree(items), [items]);
  const selected = items.find((u) => u.id === selectedId) ?? items[0];
  const parent = selected?.parentId ? items.find((u) => u.id === selected.parentId) : undefined;

  return (
    <>
      <div className="staff-page-head">
        <Typography.Title level={1}>Đơn vị</Typography.Title>
      </div>
      {units.isError && <Alert type="error" showIcon title={units.error.message} />}
      {units.isPending ? (
        <Spin />
      ) : items.length === 0 ? (
        <Empty description="Không có đơn vị nào trong phạm vi của bạn." />
      ) : (
        <div className="staff-split">
          <Card title="Cây đơn vị" size="small">
            <Tree
              treeData={tree}
              defaultExpandAll
              selectedKeys={selected ? [selected.id] : []}
              onSelect={(keys) => keys[0] && setSelectedId(String(keys[0]))}
              aria-label="Cây đơn vị"
            />
          </Card>
          {selected && (
            <Card title={<h2 className="unit-detail-title">{selected.name}</h2>}>
              <Space wrap style={{ marginBottom: 12 }}>
                <Tag>{unitTypeLabels[selected.type]}</Tag>
                {selected.isSample && <Tag className="staff-sample-tag">Dữ liệu mẫu</Tag>}
                {selected.active ? <Tag className="tag-ok">Đang hoạt động</Tag> : <Tag>Ngừng hoạt động</Tag>}
              </Space>
              <Descriptions
                column={1}
                size="small"
                items={[
                  { key: 'agency', label: 'Mã định danh', children: selected.agencyId },
                  { key: 'short', label: 'Tên viết tắt', children: selected.shortName ?? '—' },
                  { key: 'parent', label: 'Trực thuộc', children: parent?.name ?? '—' },
                  { key: 'address', label: 'Địa chỉ', children: selected.address ?? '—' },
                  { key: 'phone', label: 'Điện thoại', children: selected.phone ?? '—' },
                ]}
              />
              {selected.manageable && (
                <Space wrap style={{ marginTop: 12 }}>
                  <Button
                    icon={<EditOutlined />}
                    onClick={() => setFormTarget({ mode: 'edit', unit: selected })}
                  >
                    Sửa
                  </Button>
                  <Button
                    type="primary"
                    icon={<PlusOutlined />}
                    onClick={() => setFormTarget({ mode: 'create', parent: selected })}
                  >
                    Thêm đơn vị trực thuộc
                  </Button>
                </Space>
              )}
              {selected.isSample && (
                <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
                  Đơn vị mẫu dùng để trình diễn; tên gọi có thể không còn đúng với địa giới sau sắp xếp năm
                  2025.
                </Typography.Paragraph>
              )}
            </Card>
          )}
        </div>
      )}
      <UnitForm target={formTarget} onClose={() => setFormTarget(null)} />
    </>
  );
}
