import { useEffect, type ReactNode } from 'react';
import { Link } from 'react-router';
import { Card, Col, Descriptions, Row, Typography } from 'antd';
import { hasPermission, useCurrentStaff } from '../shared/auth.js';
import type { Permission } from '../../../src/domain/org/roles.js';

export interface HomeLink {
  path: string;
  label: string;
  icon: ReactNode;
  permission: Permission | null;
}

/** The admin home: who is signed in, and a tile for each page of the menu they may open. */
export default function HomePage({ links: pages }: { links: readonly HomeLink[] }) {
  const me = useCurrentStaff();
  useEffect(() => {
    document.title = 'Quản trị — Một cửa điện tử';
  }, []);
  const links = pages.filter((m) => m.path && hasPermission(me, m.permission));
  return (
    <>
      <div className="staff-page-head">
        <Typography.Title level={1}>Xin chào, {me.fullName}</Typography.Title>
      </div>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'unit', label: 'Đơn vị', children: me.unit.name },
            { key: 'agency', label: 'Mã định danh', children: me.unit.agencyId },
            {
              key: 'roles',
              label: 'Vai trò',
              children:
                me.roles.map((r) => `${r.label} (${r.unitName})`).join('; ') || 'Chưa được giao vai trò',
            },
            { key: 'username', label: 'Tên đăng nhập', children: me.username },
          ]}
        />
      </Card>
      <Row gutter={[16, 16]}>
        {links.map((m) => (
          <Col key={m.path} xs={24} sm={12} lg={8}>
            <Link to={m.path}>
              <Card hoverable>
                <span aria-hidden style={{ marginRight: 8 }}>
                  {m.icon}
                </span>
                {m.label}
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </>
  );
}
