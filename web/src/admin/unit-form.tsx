import { useEffect } from 'react';
import { Form, Input, Select, Switch } from 'antd';
import { AGENCY_ID_PATTERN } from '../../../src/domain/org/rules.js';
import { unitTypeLabels } from '../../../src/domain/org/unit-tree.js';
import { orgApi } from '../../../src/contracts/org-api.js';
import type { UnitPatchBody } from '../../../src/contracts/org.js';
import { call } from '../shared/client.js';
import { FormDrawer } from './form-drawer.js';
import { orgKeys, useFormSave, type UnitItem } from './org-api.js';
import { DayModesSection } from './day-modes-section.js';
import { ServiceHoursSection } from './service-hours-section.js';
import { AppointmentsSection } from './appointments-section.js';
import { CountersSection } from './queue/counters-section.js';

interface Values {
  type?: 'service_centre' | 'sector_agency' | 'commune';
  agencyId: string;
  name: string;
  shortName?: string;
  address?: string;
  phone?: string;
  active?: boolean;
}

export type UnitFormTarget = { mode: 'create'; parent: UnitItem } | { mode: 'edit'; unit: UnitItem };

const childTypes = (['service_centre', 'sector_agency', 'commune'] as const).map((t) => ({
  value: t,
  label: unitTypeLabels[t],
}));

/** Create a unit under `parent`, or edit `unit`: contact details always, identity only from the level above. */
export function UnitForm({ target, onClose }: { target: UnitFormTarget | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const editing = target?.mode === 'edit' ? target.unit : undefined;
  const identityLocked = editing ? !editing.identityManageable : false;

  useEffect(() => {
    form.resetFields();
    if (editing) {
      form.setFieldsValue({
        agencyId: editing.agencyId,
        name: editing.name,
        shortName: editing.shortName ?? '',
        address: editing.address ?? '',
        phone: editing.phone ?? '',
        active: editing.active,
      });
    } else if (target) {
      form.setFieldsValue({ type: 'commune' });
    }
  }, [target, editing, form]);

  const save = useFormSave(
    form,
    async (v: Values) => {
      if (!target) return;
      if (target.mode === 'create') {
        return call(orgApi.createUnit, {
          body: {
            parentId: target.parent.id,
            type: v.type ?? 'commune', // required by the form, which starts at commune
            agencyId: v.agencyId,
            name: v.name,
            shortName: v.shortName || null,
            address: v.address || null,
            phone: v.phone || null,
          },
        });
      }
      const u = target.unit;
      const body: UnitPatchBody = {};
      if (!identityLocked) {
        if (v.name !== u.name) body.name = v.name;
        if (v.agencyId !== u.agencyId) body.agencyId = v.agencyId;
        if (v.active !== u.active) body.active = v.active;
      }
      if ((v.shortName || null) !== u.shortName) body.shortName = v.shortName || null;
      if ((v.address || null) !== u.address) body.address = v.address || null;
      if ((v.phone || null) !== u.phone) body.phone = v.phone || null;
      return call(orgApi.patchUnit, { params: { id: u.id }, body });
    },
    {
      saved: () => (target?.mode === 'create' ? 'Đã thêm đơn vị.' : 'Đã lưu thay đổi.'),
      refresh: orgKeys.units,
      then: onClose,
    },
  );

  return (
    <FormDrawer
      open={target !== null}
      onClose={onClose}
      width={480}
      title={
        target?.mode === 'create'
          ? `Thêm đơn vị trực thuộc ${target.parent.name}`
          : `Sửa ${editing?.name ?? ''}`
      }
      saving={save.isPending}
      onSave={() => form.submit()}
    >
      <Form<Values> form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        {target?.mode === 'create' && (
          <Form.Item
            label="Loại đơn vị"
            name="type"
            rules={[{ required: true, message: 'Chọn loại đơn vị.' }]}
          >
            <Select options={childTypes} />
          </Form.Item>
        )}
        <Form.Item
          label="Tên đơn vị"
          name="name"
          rules={[{ required: true, whitespace: true, min: 2, message: 'Vui lòng nhập tên đơn vị.' }]}
        >
          <Input disabled={identityLocked} />
        </Form.Item>
        <Form.Item
          label="Mã định danh cơ quan"
          name="agencyId"
          extra={identityLocked ? 'Chỉ đơn vị cấp trên được đổi mã định danh.' : 'Ví dụ: H56.10.01'}
          normalize={(v: string) => v.toUpperCase()}
          rules={[
            { required: true, message: 'Vui lòng nhập mã định danh.' },
            { pattern: AGENCY_ID_PATTERN, message: 'Mã định danh không đúng định dạng.' },
          ]}
        >
          <Input disabled={identityLocked} spellCheck={false} />
        </Form.Item>
        <Form.Item label="Tên viết tắt" name="shortName">
          <Input />
        </Form.Item>
        <Form.Item label="Địa chỉ" name="address">
          <Input />
        </Form.Item>
        <Form.Item label="Số điện thoại" name="phone">
          <Input inputMode="tel" autoComplete="off" />
        </Form.Item>
        {editing && (
          <Form.Item label="Đang hoạt động" name="active" valuePropName="checked">
            <Switch disabled={identityLocked} />
          </Form.Item>
        )}
      </Form>
      {editing && <DayModesSection agencyId={editing.agencyId} everyUnit={editing.type === 'province'} />}
      {editing && <ServiceHoursSection agencyId={editing.agencyId} />}
      {editing && <AppointmentsSection agencyId={editing.agencyId} />}
      {editing && <CountersSection agencyId={editing.agencyId} />}
    </FormDrawer>
  );
}
