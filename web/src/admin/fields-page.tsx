import { useEffect, useState } from 'react';
import { Alert, Button, Form, Input, InputNumber, Modal, Table, Tag, Typography } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { FIELD_CODE_PATTERN } from '../../../src/domain/org/rules.js';
import { call } from '../shared/client.js';
import { orgApi } from '../../../src/contracts/org-api.js';
import { hasPermission, useCurrentStaff } from '../shared/auth.js';
import { formatCount } from '../../../src/domain/format/format.js';
import { orgKeys, useFields, useFormSave, type FieldItem, type FieldListItem } from './org-api.js';

type Editing = { mode: 'create' } | { mode: 'edit'; field: FieldItem } | null;

function FieldForm({ editing, onClose }: { editing: Editing; onClose: () => void }) {
  const [form] = Form.useForm<FieldItem>();
  useEffect(() => {
    form.resetFields();
    if (editing?.mode === 'edit') form.setFieldsValue(editing.field);
  }, [editing, form]);
  const save = useFormSave(
    form,
    (v: FieldItem) =>
      editing?.mode === 'edit'
        ? call(orgApi.patchField, {
            params: { code: editing.field.code },
            body: { name: v.name, description: v.description || null, sortOrder: v.sortOrder },
          })
        : call(orgApi.createField, {
            body: {
              code: v.code,
              name: v.name,
              description: v.description || null,
              sortOrder: v.sortOrder ?? 0,
            },
          }),
    { saved: () => 'Đã lưu lĩnh vực.', refresh: orgKeys.fields, then: onClose },
  );
  return (
    <Modal
      open={editing !== null}
      title={editing?.mode === 'edit' ? `Sửa lĩnh vực ${editing.field.code}` : 'Thêm lĩnh vực'}
      okText="Lưu"
      cancelText="Hủy"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<FieldItem> form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item
          label="Mã lĩnh vực"
          name="code"
          normalize={(v: string) => v.toUpperCase()}
          rules={[
            { required: true, message: 'Vui lòng nhập mã.' },
            { pattern: FIELD_CODE_PATTERN, message: 'Mã gồm chữ in hoa không dấu, chữ số hoặc gạch dưới.' },
          ]}
        >
          <Input disabled={editing?.mode === 'edit'} spellCheck={false} />
        </Form.Item>
        <Form.Item
          label="Tên lĩnh vực"
          name="name"
          rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập tên.' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item label="Mô tả" name="description">
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item label="Thứ tự hiển thị" name="sortOrder">
          <InputNumber min={-10000} max={10000} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export default function FieldsPage() {
  const me = useCurrentStaff();
  const fields = useFields();
  const [editing, setEditing] = useState<Editing>(null);
  const canManage = hasPermission(me, 'field.manage');
  useEffect(() => {
    document.title = 'Lĩnh vực — Quản trị';
  }, []);

  return (
    <>
      <div className="staff-page-head">
        <Typography.Title level={1}>Lĩnh vực</Typography.Title>
        {canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ mode: 'create' })}>
            Thêm lĩnh vực
          </Button>
        )}
      </div>
      <Typography.Paragraph>
        Lĩnh vực chưa có thủ tục đang áp dụng không hiện cho người dân khi tra cứu, cho tổng đài khi chuyển
        cuộc gọi và không chọn thêm được cho quầy, chuyên viên, giờ phục vụ.
      </Typography.Paragraph>
      {fields.isError && <Alert type="error" showIcon title={fields.error.message} />}
      <Table<FieldListItem>
        rowKey="code"
        loading={fields.isPending}
        dataSource={fields.data ?? []}
        pagination={false}
        scroll={{ x: 560 }}
        columns={[
          { title: 'Mã', dataIndex: 'code', width: 100 },
          { title: 'Tên lĩnh vực', dataIndex: 'name' },
          {
            title: 'Thủ tục đang áp dụng',
            dataIndex: 'procedureCount',
            render: (n: number) =>
              n > 0 ? formatCount(n, 'thủ tục') : <Tag className="staff-tag">Chưa có thủ tục</Tag>,
          },
          {
            title: 'Mô tả',
            dataIndex: 'description',
            responsive: ['md'],
            render: (d: string | null) => d ?? '',
          },
          ...(canManage
            ? [
                {
                  title: 'Thao tác',
                  key: 'actions',
                  width: 110,
                  render: (_: unknown, f: FieldItem) => (
                    <Button
                      size="small"
                      icon={<EditOutlined />}
                      aria-label={`Sửa lĩnh vực ${f.name}`}
                      onClick={() => setEditing({ mode: 'edit', field: f })}
                    >
                      Sửa
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <FieldForm editing={editing} onClose={() => setEditing(null)} />
    </>
  );
}
