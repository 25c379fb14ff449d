/**
 * The procedure edit form: every part of the record, then "Lưu thành phiên bản mới". Saving never overwrites: it
 * creates a new version effective from the chosen date. The server's field errors are put next to their inputs
 * and listed at the top with a way to each; a 409 (someone saved first) explains and offers to reload.
 */
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Typography } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { todayInVietnam } from '../../../../src/domain/catalogue/dates.js';
import { formatDate } from '../../../../src/domain/checklist/checklist.js';
import { ApiError } from '../../shared/api.js';
import { catalogueKeys, saveProcedure, type AdminProcedure, type EditResult } from './catalogue-api.js';
import { ChecklistPreview } from './checklist-preview.js';
import { ChannelsSection } from './form-channels.js';
import { DeclarationSection } from './form-declaration.js';
import { DocumentsSection } from './form-documents.js';
import { GeneralSection } from './form-general.js';
import { LegalBasisSection, ResultsSection, StepsSection } from './form-lists.js';
import { QuestionsSection } from './form-questions.js';
import {
  emptyRecord,
  fromFormRecord,
  placeErrors,
  sameRecord,
  toFormRecord,
  type FieldPath,
  type FormValues,
} from './form-model.js';
import { dateItemProps, DateInput, Section } from './form-parts.js';
import { cataloguePaths } from './paths.js';
import { pathPlace } from './record-diff.js';

interface ServerProblem {
  title: string;
  items: { field: string; message: string; name: FieldPath | undefined }[];
}

const sections = [
  ['cat-general', 'Thông tin chung'],
  ['cat-channels', 'Cách thức, thời hạn, phí'],
  ['cat-questions', 'Câu hỏi về trường hợp'],
  ['cat-documents', 'Thành phần hồ sơ'],
  ['cat-preview', 'Xem trước giấy tờ'],
  ['cat-declaration', 'Tờ khai điện tử'],
  ['cat-steps', 'Trình tự'],
  ['cat-results', 'Kết quả'],
  ['cat-legal', 'Căn cứ pháp lý'],
  ['cat-version', 'Phiên bản mới'],
] as const;

/** ["record", "documents", 1, "copies"] → "record.documents[1].copies" (the server's way of writing it). */
const fieldString = (name: FieldPath) =>
  name.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '');

export function ProcedureForm({
  base,
  onReload,
}: {
  base: AdminProcedure | undefined;
  onReload: () => void;
}) {
  const [form] = Form.useForm<FormValues>();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<ServerProblem | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const isNew = base === undefined;
  const nextNo = base ? base.version.no + 1 : 1;
  const initialValues = useMemo<FormValues>(
    () => ({
      record: base ? toFormRecord(base.record) : emptyRecord(),
      effectiveFrom: todayInVietnam(),
      note: '',
    }),
    [base],
  );

  const save = useMutation({
    mutationFn: (values: FormValues) =>
      saveProcedure({
        record: fromFormRecord(values.record),
        effectiveFrom: values.effectiveFrom,
        ...(values.note?.trim() ? { note: values.note.trim() } : {}),
        ...(base ? { baseVersion: base.version.no } : {}),
      }),
    onSuccess: async (result: EditResult) => {
      setProblem(null);
      void message.success(
        `Đã lưu phiên bản ${result.version.no} của thủ tục ${result.code}, hiệu lực từ ${formatDate(result.version.effectiveFrom)}.`,
      );
      await queryClient.invalidateQueries({ queryKey: catalogueKeys.all });
      await queryClient.invalidateQueries({ queryKey: ['procedure', result.code] });
      await queryClient.invalidateQueries({ queryKey: ['procedures'] });
      if (isNew) void navigate(cataloguePaths.edit(result.code), { replace: true });
    },
    onError: (error) => {
      if (!(error instanceof ApiError)) {
        setProblem({
          title: 'Không kết nối được máy chủ. Thay đổi chưa được lưu; vui lòng thử lại.',
          items: [],
        });
        return;
      }
      if (error.status === 409 && error.code === 'VERSION_CONFLICT') {
        setConflict(error.message);
        return;
      }
      const fields =
        error.code === 'PROCEDURE_EXISTS'
          ? [{ field: 'record.code', message: error.message }]
          : (error.fields ?? []);
      const registered = form.getFieldsError().map((f) => f.name);
      const { placed } = placeErrors(fields, registered);
      form.setFields(
        placed.map((p) => ({ name: p.name, errors: p.errors })) as Parameters<typeof form.setFields>[0],
      );
      const nameOf = (field: string) => placeErrors([{ field, message: '' }], registered).placed[0]?.name;
      setProblem({
        title: fields.length > 0 ? 'Chưa lưu được: thủ tục còn lỗi ở các ô dưới đây.' : error.message,
        items: fields.map((f) => ({ ...f, name: nameOf(f.field) })),
      });
      if (placed[0]) form.scrollToField(placed[0].name, { focus: true, block: 'center' });
    },
  });

  const onFinish = () => {
    // The whole store, not only the values of rendered inputs: nothing of the record is dropped on the way.
    const values = form.getFieldsValue(true) as FormValues;
    if (base && sameRecord(fromFormRecord(values.record), base.record)) {
      setProblem({
        title: `Chưa có thay đổi nào so với phiên bản ${base.version.no}; không cần lưu.`,
        items: [],
      });
      return;
    }
    setProblem(null);
    save.mutate(values);
  };

  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={onFinish}
      onFinishFailed={({ errorFields }) => {
        setProblem({
          title: 'Chưa lưu được: vui lòng sửa các ô được đánh dấu.',
          items: errorFields.map((f) => ({
            field: fieldString(f.name),
            message: f.errors[0] ?? '',
            name: f.name,
          })),
        });
        form.scrollToField(errorFields[0]!.name, { focus: true, block: 'center' });
      }}
      scrollToFirstError={false}
      className="cat-form"
    >
      <nav aria-label="Các phần của thủ tục" className="cat-toc">
        {sections.map(([id, label]) => (
          <a key={id} href={`#${id}`}>
            {label}
          </a>
        ))}
      </nav>
      {problem && (
        <Alert
          type="error"
          showIcon
          className="cat-problem"
          role="alert"
          title={problem.title}
          description={
            problem.items.length > 0 && (
              <ul className="cat-problem-list">
                {problem.items.map((p, i) => (
                  <li key={i}>
                    <strong>{pathPlace(p.field)}:</strong> {p.message}{' '}
                    {p.name && (
                      <Button
                        type="link"
                        size="small"
                        className="cat-inline-link"
                        onClick={() => form.scrollToField(p.name!, { focus: true, block: 'center' })}
                      >
                        Đến ô này
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
            )
          }
        />
      )}
      <GeneralSection form={form} isNew={isNew} />
      <ChannelsSection form={form} />
      <div className="cat-with-preview">
        <div className="cat-with-preview-main">
          <QuestionsSection form={form} />
          <DocumentsSection form={form} />
        </div>
        <ChecklistPreview form={form} />
      </div>
      <DeclarationSection form={form} />
      <StepsSection />
      <ResultsSection />
      <LegalBasisSection />
      <Section id="cat-version" title="Phiên bản mới">
        <Typography.Paragraph>
          {isNew
            ? 'Lưu sẽ tạo thủ tục với phiên bản 1.'
            : `Lưu sẽ tạo phiên bản ${nextNo}. Phiên bản ${base.version.no} và các phiên bản cũ được giữ nguyên; hồ sơ đã nhận theo phiên bản cũ không thay đổi.`}
        </Typography.Paragraph>
        <div className="cat-grid cat-grid-version">
          <Form.Item
            label="Hiệu lực từ ngày"
            name="effectiveFrom"
            rules={[{ required: true, message: 'Chọn ngày hiệu lực.' }]}
            extra="Mặc định là hôm nay. Chọn ngày sau nếu quy định mới chưa áp dụng."
            {...dateItemProps}
          >
            <DateInput />
          </Form.Item>
          <Form.Item label="Ghi chú phiên bản" name="note" extra="Ví dụ: số quyết định sửa đổi, lý do sửa.">
            <Input maxLength={2000} />
          </Form.Item>
        </div>
      </Section>
      <div className="cat-savebar">
        <span className="cat-savebar-text">
          {isNew ? 'Tạo thủ tục, phiên bản 1' : `Đang sửa từ phiên bản ${base.version.no}`}
        </span>
        <Button type="primary" htmlType="submit" icon={<SaveOutlined aria-hidden />} loading={save.isPending}>
          {isNew ? 'Lưu thủ tục (phiên bản 1)' : 'Lưu thành phiên bản mới'}
        </Button>
      </div>
      <Modal
        open={conflict !== null}
        title="Đã có người lưu trước bạn"
        onCancel={() => setConflict(null)}
        footer={[
          <Button key="stay" onClick={() => setConflict(null)}>
            Ở lại trang này
          </Button>,
          <Button
            key="reload"
            type="primary"
            onClick={() => {
              setConflict(null);
              setProblem(null);
              onReload();
            }}
          >
            Tải lại phiên bản mới nhất
          </Button>,
        ]}
      >
        <Typography.Paragraph>
          Trong lúc bạn sửa, một người khác đã lưu một phiên bản mới của thủ tục này. Những thay đổi của bạn{' '}
          <strong>chưa được lưu</strong>.
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary">{conflict}</Typography.Paragraph>
        <Typography.Paragraph>
          Chọn “Tải lại phiên bản mới nhất” để xem nội dung mới và sửa lại (những gì bạn vừa sửa sẽ mất), hoặc
          ở lại trang để chép lại phần cần giữ trước khi tải lại.
        </Typography.Paragraph>
      </Modal>
    </Form>
  );
}
