/**
 * The action buttons of a dossier and the small form each opens: a note or a reason, the specialist to assign, the
 * agency to transfer to or ask, the new due date, the documents brought back. Every request carries the version the
 * officer saw and a fresh idempotency key; a stale version says "Hồ sơ vừa được cập nhật" and reloads, an action
 * no longer allowed shows the server's message.
 */
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  actionLabels,
  actionSpec,
  buttonLook,
  hasField,
  noteWording,
  type FormField,
} from '../../../src/domain/dossier/actions.js';
import type { Action } from '../../../src/domain/dossier/lifecycle.js';
import { dossierApi } from '../../../src/contracts/dossier-api.js';
import { orgApi } from '../../../src/contracts/org-api.js';
import { ApiError } from '../shared/api.js';
import { call } from '../shared/client.js';
import { useCurrentStaff } from '../shared/auth.js';
import { dossierKey, formatDateTime, vietnamWallClock, type DossierDetail } from './dossier-api.js';
import { UnitField, useTransferTargets } from './action-units.js';
import {
  broughtDocuments,
  SupplementDocuments,
  supplementNeedsNote,
  type SupplementValues,
} from './action-supplement.js';
import { initialSlip, slipBody, TaxSlipFields } from './tax-slip-fields.js';
import { initialObligations, noticeBody, TaxNoticeFields } from './tax-notice-fields.js';
import { cccdRule } from './validation.js';

function useUnits(enabled: boolean) {
  return useQuery({
    queryKey: ['admin', 'units'],
    queryFn: async () => (await call(orgApi.units)).items,
    enabled,
    staleTime: 5 * 60_000,
  });
}

/** Specialists of the handling unit, for the assign form (and to name the assignee). */
export function useSpecialists(agencyId: string, enabled = true) {
  const units = useUnits(enabled);
  const unit = units.data?.find((u) => u.agencyId === agencyId);
  return useQuery({
    queryKey: ['admin', 'staff', 'specialists', unit?.id],
    queryFn: async () =>
      (
        await call(orgApi.staff, {
          query: { unitId: unit!.id, role: 'specialist', active: true, pageSize: 200 },
        })
      ).items,
    enabled: enabled && Boolean(unit),
    staleTime: 5 * 60_000,
  });
}

interface ActionValues {
  note?: string;
  taxSlip?: Parameters<typeof slipBody>[0];
  taxNotice?: Parameters<typeof noticeBody>[0];
  returnedName?: string;
  returnedRelation?: 'applicant' | 'authorised';
  returnedId?: string;
  deadline?: Dayjs;
  assigneeId?: string;
  toUnit?: string;
  newDue?: Dayjs;
  documents?: SupplementValues;
}

/** The server's field names (in 400 answers) → the form's; the slip's and notice's paths are the form's own. */
const serverFields: Record<string, keyof ActionValues> = {
  note: 'note',
  assigneeId: 'assigneeId',
  toUnit: 'toUnit',
  newDue: 'newDue',
  deadline: 'deadline',
  'returnedTo.name': 'returnedName',
  'returnedTo.idNumber': 'returnedId',
};
/** "taxSlip.exemptions[0].reason" → ['taxSlip', 'exemptions', 0, 'reason']. */
const formPathOf = (field: string): (string | number)[] | undefined =>
  serverFields[field]
    ? [serverFields[field]]
    : /^tax(Slip|Notice)\b/.test(field)
      ? field
          .split(/[.[\]]+/)
          .filter(Boolean)
          .map((p) => (/^\d+$/.test(p) ? Number(p) : p))
      : undefined;

function ActionForm({
  action,
  dossier,
  onDone,
  onCancel,
}: {
  action: Action;
  dossier: DossierDetail;
  onDone: () => void;
  onCancel: () => void;
}) {
  const [form] = Form.useForm<ActionValues>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const has = (field: FormField) => hasField(action, field);
  const specialists = useSpecialists(dossier.handlingUnit.agencyId, has('assignee'));
  const targets = useTransferTargets(dossier.code, has('unit'));
  const toUnit = Form.useWatch('toUnit', form);
  const withSlip = has('taxSlip') && targets.data?.find((u) => u.agencyId === toUnit)?.needsTaxSlip;
  const withNotice = has('taxNotice') && dossier.landTax.slip !== null && !dossier.landTax.notice;
  const missing = dossier.documents.filter((d) => d.state === 'missing');
  const me = useCurrentStaff();
  // The question the officer's unit was asked (the latest, if it was asked more than once).
  const question = has('question')
    ? [...dossier.history].reverse().find((h) => h.action === 'consult' && h.data.toUnit === me.unit.agencyId)
        ?.note
    : undefined;

  const submit = async (v: ActionValues) => {
    setBusy(true);
    setError(null);
    const body = {
      action,
      expectedVersion: dossier.version,
      idempotencyKey: crypto.randomUUID(),
      ...(v.note?.trim() ? { note: v.note.trim() } : {}),
      ...(v.assigneeId ? { assigneeId: v.assigneeId } : {}),
      ...(v.toUnit?.trim() ? { toUnit: v.toUnit.trim() } : {}),
      ...(v.newDue ? { newDue: v.newDue.format('YYYY-MM-DDTHH:mm') } : {}),
      ...(withSlip && v.taxSlip ? { taxSlip: slipBody(v.taxSlip) } : {}),
      ...(withNotice && v.taxNotice ? { taxNotice: noticeBody(v.taxNotice) } : {}),
      ...(v.deadline ? { deadline: v.deadline.format('YYYY-MM-DDTHH:mm') } : {}),
      ...(has('returnedTo') && v.returnedName?.trim()
        ? {
            returnedTo: {
              name: v.returnedName.trim(),
              relation: v.returnedRelation ?? 'applicant',
              ...(v.returnedId?.trim() ? { idNumber: v.returnedId.trim() } : {}),
            },
          }
        : {}),
      ...(has('documents') ? { documents: broughtDocuments(missing, v.documents) } : {}),
    };
    try {
      await call(dossierApi.act, { params: { code: dossier.code }, body });
      void message.success(`Đã ${actionLabels[action].toLowerCase()}.`);
      await queryClient.invalidateQueries({ queryKey: ['dossiers'] });
      onDone();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'VERSION_CONFLICT') {
        void message.warning('Hồ sơ vừa được cập nhật. Đã tải lại, vui lòng xem và thao tác lại.');
        await queryClient.invalidateQueries({ queryKey: dossierKey(dossier.code) });
        onCancel();
      } else if (e instanceof ApiError && e.code === 'ACTION_NOT_ALLOWED') {
        setError(e.message);
        void queryClient.invalidateQueries({ queryKey: dossierKey(dossier.code) });
      } else if (e instanceof ApiError && e.fields?.length) {
        form.setFields(
          e.fields.flatMap((f) => {
            const name = formPathOf(f.field);
            // The paths come from the server's answer: Ant Design's typed names cannot know them.
            return name ? [{ name: name as never, errors: [f.message] }] : [];
          }),
        );
        setError(e.message);
      } else {
        setError(e instanceof ApiError ? e.message : 'Không kết nối được máy chủ.');
      }
    } finally {
      setBusy(false);
    }
  };

  const title = actionLabels[action];
  const note = noteWording(action);
  return (
    <Modal
      open
      title={`${title} — ${dossier.code}`}
      okText={title}
      cancelText="Huỷ"
      onCancel={onCancel}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okButtonProps={{ danger: buttonLook(action) === 'danger' }}
      width={withSlip || withNotice ? 760 : undefined}
      destroyOnHidden
    >
      {error && (
        <Typography.Paragraph type="danger" role="alert" className="action-error">
          {error}
        </Typography.Paragraph>
      )}
      <Form<ActionValues>
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        disabled={busy}
        initialValues={{
          taxSlip: initialSlip(dossier),
          taxNotice: { obligations: initialObligations() },
        }}
      >
        {has('assignee') && (
          <Form.Item
            name="assigneeId"
            label="Chuyên viên xử lý"
            extra="Để trống: hệ thống tự phân công cho chuyên viên đang có ít hồ sơ nhất."
          >
            <Select
              allowClear
              loading={specialists.isPending}
              placeholder="Tự động phân công"
              options={(specialists.data ?? []).map((s) => ({ value: s.id, label: s.fullName }))}
              notFoundContent={specialists.isError ? specialists.error.message : 'Không có chuyên viên'}
            />
          </Form.Item>
        )}
        {has('unit') && (
          <UnitField
            consult={has('deadline')}
            targets={targets}
            onPicked={(u) => {
              if (has('deadline') && u)
                form.setFieldValue('deadline', dayjs(vietnamWallClock(u.consultDueAt)));
            }}
          />
        )}
        {withSlip && <TaxSlipFields documents={dossier.documents} />}
        {withNotice && <TaxNoticeFields />}
        {has('newDue') && (
          <>
            <Typography.Paragraph>
              Hạn hiện tại: <strong>{formatDateTime(dossier.dueAt)}</strong>. Chỉ gia hạn một lần, chậm nhất
              01 ngày làm việc trước hạn; văn bản xin lỗi được in từ hồ sơ.
            </Typography.Paragraph>
            <Form.Item
              name="newDue"
              label="Hạn trả kết quả mới"
              rules={[{ required: true, message: 'Cần hạn trả kết quả mới.' }]}
            >
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                format="DD/MM/YYYY HH:mm"
                style={{ width: '100%' }}
                disabledDate={(day) =>
                  dossier.dueAt !== null &&
                  day.isBefore(dayjs(vietnamWallClock(dossier.dueAt)).startOf('day'))
                }
              />
            </Form.Item>
          </>
        )}
        {has('returnedTo') && (
          <>
            <Form.Item
              name="returnedName"
              label="Người nhận kết quả"
              initialValue={dossier.applicant.name}
              rules={[{ required: true, whitespace: true, message: 'Cần ghi người nhận kết quả.' }]}
            >
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="returnedRelation" label="Người nhận là" initialValue="applicant">
              <Radio.Group
                options={[
                  { value: 'applicant', label: 'Người nộp hồ sơ' },
                  { value: 'authorised', label: 'Người được ủy quyền' },
                ]}
              />
            </Form.Item>
            <Form.Item
              name="returnedId"
              label="Số CCCD người nhận"
              dependencies={['returnedRelation']}
              rules={[
                cccdRule,
                ({ getFieldValue }) => ({
                  required: getFieldValue('returnedRelation') === 'authorised',
                  message: 'Người được ủy quyền nhận kết quả cần xuất trình CCCD.',
                }),
              ]}
            >
              <Input inputMode="numeric" maxLength={15} />
            </Form.Item>
          </>
        )}
        {question && (
          <Typography.Paragraph className="action-question">
            Nội dung được xin ý kiến: “{question}”
          </Typography.Paragraph>
        )}
        {has('deadline') && (
          <Form.Item
            name="deadline"
            label="Hạn trả lời"
            extra="Mặc định: 3 ngày làm việc theo lịch của đơn vị được hỏi; hạn phải trong giờ làm việc của đơn vị đó."
            rules={[{ required: true, message: 'Cần hạn trả lời.' }]}
          >
            <DatePicker showTime={{ format: 'HH:mm' }} format="DD/MM/YYYY HH:mm" style={{ width: '100%' }} />
          </Form.Item>
        )}
        {has('documents') && <SupplementDocuments missing={missing} />}
        <Form.Item
          name="note"
          label={note.label}
          dependencies={has('documents') ? ['documents'] : []}
          rules={
            actionSpec(action).note === 'required'
              ? [{ required: true, whitespace: true, message: note.missing }]
              : actionSpec(action).note === 'whenPapersMissing'
                ? [
                    ({ getFieldValue }) => ({
                      required: supplementNeedsNote(missing, getFieldValue('documents') as SupplementValues),
                      whitespace: true,
                      message: note.missing,
                    }),
                  ]
                : []
          }
        >
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** One button per action the table allows now and the person may take. */
export function ActionButtons({ dossier, mine }: { dossier: DossierDetail; mine: readonly Action[] }) {
  const [open, setOpen] = useState<Action | null>(null);
  if (mine.length === 0) return null;
  const primary = mine.find((a) => buttonLook(a) === 'forward');
  return (
    <>
      <div className="dossier-actions" role="group" aria-label="Thao tác với hồ sơ">
        {mine.map((a) => (
          <Button
            key={a}
            type={a === primary ? 'primary' : 'default'}
            danger={buttonLook(a) === 'danger'}
            onClick={() => setOpen(a)}
          >
            {actionLabels[a]}
          </Button>
        ))}
      </div>
      {open && (
        <ActionForm
          key={open}
          action={open}
          dossier={dossier}
          onDone={() => setOpen(null)}
          onCancel={() => setOpen(null)}
        />
      )}
    </>
  );
}
