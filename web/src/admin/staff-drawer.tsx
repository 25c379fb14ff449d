import { useEffect, useMemo } from 'react';
import { Button, Form, Input, Select, Space, Switch, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { grantableRoles } from '../../../src/domain/org/grants.js';
import { can, roleLabels, type Role } from '../../../src/domain/org/roles.js';
import { EXTENSION_PATTERN, USERNAME_PATTERN } from '../../../src/domain/org/rules.js';
import { call } from '../shared/client.js';
import { orgApi } from '../../../src/contracts/org-api.js';
import { actorFromMe, useCurrentStaff } from '../shared/auth.js';
import { fieldOptions, useProcedureCounts } from './field-options.js';
import { FormDrawer } from './form-drawer.js';
import { orgKeys, unitPaths, useFields, useFormSave, useUnits, type StaffItem } from './org-api.js';

interface Values {
  username?: string;
  fullName: string;
  unitId: string;
  email?: string;
  phone?: string;
  extension?: string;
  fieldCodes?: string[];
  roles: { role?: Role; unitId?: string }[];
  active?: boolean;
}

export type StaffDrawerTarget = { mode: 'create' } | { mode: 'edit'; staff: StaffItem };

/** Create or edit a staff account, with roles per unit limited to what the signed-in administrator may grant. */
export function StaffDrawer({
  target,
  onClose,
  onCreated,
}: {
  target: StaffDrawerTarget | null;
  onClose: () => void;
  onCreated: (staff: StaffItem, temporaryPassword: string) => void;
}) {
  const me = useCurrentStaff();
  const [form] = Form.useForm<Values>();
  const units = useUnits();
  const fields = useFields();
  const chosenFields = Form.useWatch<string[] | undefined>('fieldCodes', form);
  const counts = useProcedureCounts();
  const editing = target?.mode === 'edit' ? target.staff : undefined;
  const self = editing?.id === me.id;

  const unitList = useMemo(() => units.data ?? [], [units.data]);
  const pathOf = useMemo(() => unitPaths(unitList), [unitList]);
  const actor = useMemo(() => actorFromMe(me, pathOf), [me, pathOf]);
  const homeUnits = unitList
    .filter((u) => can(actor, 'staff.manage', pathOf(u.id)))
    .map((u) => ({ value: u.id, label: '\u00a0\u00a0'.repeat(u.depth) + u.name }));
  const roleUnits = unitList
    .filter((u) => grantableRoles(actor, pathOf(u.id)).length > 0)
    .map((u) => ({ value: u.id, label: '\u00a0\u00a0'.repeat(u.depth) + u.name }));

  useEffect(() => {
    form.resetFields();
    if (editing) {
      form.setFieldsValue({
        fullName: editing.fullName,
        unitId: editing.unit.id,
        email: editing.email ?? '',
        phone: editing.phone ?? '',
        extension: editing.extension ?? '',
        fieldCodes: editing.fieldCodes,
        roles: editing.roles.map((r) => ({ role: r.role, unitId: r.unitId })),
        active: editing.active,
      });
    } else if (target) {
      const home = homeUnits[0]?.value;
      form.setFieldsValue({ unitId: home, roles: [{ role: undefined, unitId: home }], fieldCodes: [] });
    }
    // Only when the drawer opens on a new target.
  }, [target]);

  const save = useFormSave(
    form,
    async (v: Values) => {
      const details = {
        fullName: v.fullName,
        unitId: v.unitId,
        email: v.email?.trim() || null,
        phone: v.phone?.trim() || null,
        extension: v.extension?.trim() || null,
        fieldCodes: v.fieldCodes ?? [],
        roles: v.roles.filter((r): r is { role: Role; unitId: string } => Boolean(r.role && r.unitId)),
      };
      if (editing) {
        return {
          staff: await call(orgApi.patchStaff, {
            params: { id: editing.id },
            body: { ...details, ...(self ? { roles: undefined } : { active: v.active }) },
          }),
        };
      }
      // The form asks for the username when it creates; the server refuses an account without one.
      return call(orgApi.createStaff, { body: { ...details, username: v.username as string } });
    },
    {
      // A new account's temporary password is shown by `onCreated` instead.
      saved: (result) => ('temporaryPassword' in result ? undefined : 'Đã lưu thay đổi.'),
      refresh: orgKeys.staff,
      then: (result) => {
        if ('temporaryPassword' in result) onCreated(result.staff, result.temporaryPassword);
        onClose();
      },
    },
  );

  return (
    <FormDrawer
      open={target !== null}
      onClose={onClose}
      width={560}
      title={editing ? `Sửa tài khoản ${editing.username}` : 'Thêm cán bộ'}
      saving={save.isPending}
      onSave={() => form.submit()}
      saveText={editing ? 'Lưu' : 'Tạo tài khoản'}
    >
      <Form<Values> form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        {!editing && (
          <Form.Item
            label="Tên đăng nhập"
            name="username"
            normalize={(v: string) => v.toLowerCase()}
            extra="Chữ thường không dấu, ví dụ: nguyen.van.an"
            rules={[
              { required: true, message: 'Vui lòng nhập tên đăng nhập.' },
              { pattern: USERNAME_PATTERN, message: 'Chỉ gồm chữ thường không dấu, chữ số, dấu chấm, gạch.' },
            ]}
          >
            <Input autoComplete="off" autoCapitalize="none" spellCheck={false} />
          </Form.Item>
        )}
        <Form.Item
          label="Họ và tên"
          name="fullName"
          rules={[{ required: true, whitespace: true, min: 2, message: 'Vui lòng nhập họ và tên.' }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          label="Đơn vị công tác"
          name="unitId"
          rules={[{ required: true, message: 'Chọn đơn vị.' }]}
        >
          <Select options={homeUnits} loading={units.isPending} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Form.Item label="Email" name="email" rules={[{ type: 'email', message: 'Email không hợp lệ.' }]}>
          <Input type="email" autoComplete="off" />
        </Form.Item>
        <Space wrap style={{ display: 'flex' }} size={12}>
          <Form.Item label="Số điện thoại" name="phone">
            <Input inputMode="tel" autoComplete="off" />
          </Form.Item>
          <Form.Item
            label="Số máy lẻ"
            name="extension"
            rules={[{ pattern: EXTENSION_PATTERN, message: 'Gồm 2–8 chữ số.' }]}
          >
            <Input inputMode="numeric" autoComplete="off" style={{ width: 120 }} />
          </Form.Item>
        </Space>
        <Form.Item
          label="Lĩnh vực phụ trách"
          name="fieldCodes"
          extra="Tổng đài chuyển cuộc gọi theo lĩnh vực."
        >
          <Select
            mode="multiple"
            loading={fields.isPending}
            options={fieldOptions(fields.data ?? [], counts, chosenFields, (f) => `${f.code} — ${f.name}`)}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>

        <Typography.Title level={2} className="staff-roles-title">
          Vai trò
        </Typography.Title>
        {self && (
          <Typography.Paragraph type="secondary">
            Bạn không thể tự thay đổi vai trò của mình.
          </Typography.Paragraph>
        )}
        <Form.List
          name="roles"
          rules={[
            {
              validator: async (_r, roles: Values['roles']) => {
                if (!roles?.some((r) => r?.role && r?.unitId))
                  throw new Error('Cần giao ít nhất một vai trò.');
              },
            },
          ]}
        >
          {(rows, { add, remove }, { errors }) => (
            <>
              {rows.map((row, i) => (
                <RoleRow
                  key={row.key}
                  name={row.name}
                  index={i}
                  disabled={self}
                  roleUnits={roleUnits}
                  rolesFor={(unitId) => (unitId ? grantableRoles(actor, pathOf(unitId)) : [])}
                  onRemove={() => remove(row.name)}
                />
              ))}
              {!self && (
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => add({ unitId: form.getFieldValue('unitId') as string })}
                >
                  Thêm vai trò
                </Button>
              )}
              <Form.ErrorList errors={errors} />
            </>
          )}
        </Form.List>

        {editing && !self && (
          <Form.Item
            label="Tài khoản đang hoạt động"
            name="active"
            valuePropName="checked"
            style={{ marginTop: 16 }}
          >
            <Switch />
          </Form.Item>
        )}
      </Form>
    </FormDrawer>
  );
}

function RoleRow(props: {
  name: number;
  index: number;
  disabled: boolean;
  roleUnits: { value: string; label: string }[];
  rolesFor: (unitId: string | undefined) => Role[];
  onRemove: () => void;
}) {
  const form = Form.useFormInstance<Values>();
  const unitId = Form.useWatch<string | undefined>(['roles', props.name, 'unitId'], form);
  const roleOptions = props.rolesFor(unitId).map((r) => ({ value: r, label: roleLabels[r] }));
  return (
    <Space align="start" wrap className="staff-role-row">
      <Form.Item
        name={[props.name, 'role']}
        label={`Vai trò ${props.index + 1}`}
        rules={[{ required: true, message: 'Chọn vai trò.' }]}
      >
        <Select options={roleOptions} disabled={props.disabled} style={{ minWidth: 200 }} />
      </Form.Item>
      <Form.Item
        name={[props.name, 'unitId']}
        label={`Tại đơn vị (vai trò ${props.index + 1})`}
        rules={[{ required: true, message: 'Chọn đơn vị.' }]}
      >
        <Select options={props.roleUnits} disabled={props.disabled} style={{ minWidth: 200 }} />
      </Form.Item>
      {!props.disabled && (
        <Button
          icon={<DeleteOutlined />}
          aria-label={`Bỏ vai trò ${props.index + 1}`}
          onClick={props.onRemove}
          className="staff-role-remove"
        />
      )}
    </Space>
  );
}
