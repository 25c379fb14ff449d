/**
 * The scans of a dossier: the list (open in a new tab), and an upload for PDF, JPEG or PNG files from the desk
 * scanner or a phone camera, optionally for one document of the checklist. The server decides the real type.
 */
import { useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Select, Typography } from 'antd';
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { MAX_ATTACHMENT_BYTES } from '../../../src/domain/dossier/attachments.js';
import { formatBytes } from '../../../src/domain/format/format.js';
import { attachmentFilePath, dossierApi } from '../../../src/contracts/dossier-api.js';
import { ApiError } from '../shared/api.js';
import { routePath, upload } from '../shared/client.js';
import { dossierKey, type AttachmentInfo, type DossierDocument } from './dossier-api.js';
import './attachments.css';

export function AttachmentsPanel(props: {
  code: string;
  attachments: readonly AttachmentInfo[];
  documents: readonly DossierDocument[];
  canAttach: boolean;
}) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [position, setPosition] = useState<number | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const docName = (p: number | null) => props.documents.find((d) => d.position === p)?.name;

  async function attach(file: File) {
    if (file.size > MAX_ATTACHMENT_BYTES) {
      void message.error('Tệp lớn hơn 10 MB. Vui lòng quét ở độ phân giải thấp hơn.');
      return;
    }
    setBusy(true);
    try {
      await upload(dossierApi.attach, file, {
        params: { code: props.code },
        query: { name: file.name, position },
      });
      void message.success(`Đã đính kèm "${file.name}".`);
      await client.invalidateQueries({ queryKey: dossierKey(props.code) });
    } catch (e) {
      void message.error(e instanceof ApiError ? e.message : 'Không đính kèm được tệp.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="dossier-attachments">
      {props.attachments.length === 0 ? (
        <Typography.Paragraph className="desk-muted">Chưa có bản quét nào.</Typography.Paragraph>
      ) : (
        <ul>
          {props.attachments.map((a) => (
            <li key={a.id}>
              <a
                href={routePath(attachmentFilePath, { code: props.code, id: a.id })}
                target="_blank"
                rel="noreferrer"
              >
                <PaperClipOutlined aria-hidden /> {a.fileName}
              </a>
              <div className="desk-muted">
                {docName(a.position) ? `${docName(a.position)} · ` : ''}
                {formatBytes(a.size)} · {a.uploadedByName}
              </div>
            </li>
          ))}
        </ul>
      )}
      {props.canAttach && (
        <div className="dossier-attach-form">
          <Select<number>
            allowClear
            placeholder="Cả hồ sơ (hoặc chọn thành phần)"
            aria-label="Bản quét của thành phần hồ sơ"
            value={position}
            onChange={setPosition}
            options={props.documents.map((d) => ({ value: d.position, label: d.name }))}
            popupMatchSelectWidth={false}
          />
          <input
            ref={input}
            type="file"
            accept="application/pdf,image/jpeg,image/png"
            hidden
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void attach(file);
            }}
          />
          <Button icon={<UploadOutlined aria-hidden />} loading={busy} onClick={() => input.current?.click()}>
            Đính kèm bản quét
          </Button>
        </div>
      )}
    </div>
  );
}
