/**
 * The side drawer an admin form is edited in (a unit, a staff account): full width on a phone, the save and cancel
 * buttons at its foot, its content dropped when it closes.
 */
import type { ReactNode } from 'react';
import { Button, Drawer, Grid, Space } from 'antd';

export function FormDrawer(props: {
  open: boolean;
  onClose: () => void;
  /** Its width from a tablet up. */
  width: number;
  title: ReactNode;
  saving: boolean;
  onSave: () => void;
  saveText?: string;
  children: ReactNode;
}) {
  const screens = Grid.useBreakpoint();
  return (
    <Drawer
      open={props.open}
      onClose={props.onClose}
      size={screens.md ? props.width : '100%'}
      title={props.title}
      destroyOnHidden
      footer={
        <Space>
          <Button type="primary" loading={props.saving} onClick={props.onSave}>
            {props.saveText ?? 'Lưu'}
          </Button>
          <Button onClick={props.onClose}>Hủy</Button>
        </Space>
      }
    >
      {props.children}
    </Drawer>
  );
}
