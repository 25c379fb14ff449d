/**
 * The templates editor: pick an event and a channel, edit the wording with {{placeholders}}; the preview with
 * sample values, the SMS segment count (against the cap) and what would stop the save are computed as you type
 * with the same code the server runs (src/domain/notify/templates.ts); the server has the last word on save.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Input, Select, Segmented, Space, Tag, Typography } from 'antd';
import {
  checkTemplate,
  MAX_SMS_SEGMENTS,
  notifyEvents,
  eventLabels,
  renderTemplate,
  samplePlaceholderValues,
  smsInfo,
  type NotifyChannel,
  type NotifyEvent,
} from '../../../../src/domain/notify/templates.js';
import { notifyApi } from '../../../../src/contracts/notify-api.js';
import type { Template, TemplateList } from '../../../../src/contracts/notify.js';
import { ApiError } from '../../shared/api.js';
import { call } from '../../shared/client.js';
import { channelLabels } from './notify-api.js';

export function TemplatesSection() {
  const id = useId();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const list = useQuery({
    queryKey: ['admin', 'notification-templates'],
    queryFn: () => call(notifyApi.templates),
  });
  const [event, setEvent] = useState<NotifyEvent>('dossier_received');
  const [channel, setChannel] = useState<NotifyChannel>('sms');
  const current = list.data?.items.find((t) => t.event === event && t.channel === channel);
  const [text, setText] = useState('');
  const [serverError, setServerError] = useState<string | null>(null);
  useEffect(() => {
    if (current) setText(current.body);
    setServerError(null);
  }, [current]);

  const issues = useMemo(() => checkTemplate(channel, text), [channel, text]);
  const preview = useMemo(() => {
    const rendered = renderTemplate(channel, text, samplePlaceholderValues(), { cut: false });
    return channel === 'sms'
      ? smsInfo(rendered)
      : { text: rendered, segments: null, encoding: null, chars: rendered.length };
  }, [channel, text]);

  const onSaved = (t: Template) => {
    queryClient.setQueryData<TemplateList>(['admin', 'notification-templates'], (old) =>
      old
        ? { ...old, items: old.items.map((i) => (i.event === t.event && i.channel === t.channel ? t : i)) }
        : old,
    );
  };
  const params = { event, channel };
  const save = useMutation({
    mutationFn: () => call(notifyApi.saveTemplate, { params, body: { body: text } }),
    onSuccess: (t) => {
      onSaved(t);
      void message.success('Đã lưu mẫu tin.');
    },
    onError: (e) =>
      setServerError(e instanceof ApiError || e instanceof Error ? e.message : 'Không lưu được.'),
  });
  const reset = useMutation({
    mutationFn: () => call(notifyApi.resetTemplate, { params }),
    onSuccess: (t) => {
      onSaved(t);
      void message.success('Đã dùng lại mẫu tin mặc định.');
    },
    onError: (e) => setServerError(e instanceof Error ? e.message : 'Không khôi phục được.'),
  });

  if (list.isError) return <Alert type="error" showIcon title={list.error.message} />;
  const overCap = preview.segments !== null && preview.segments > MAX_SMS_SEGMENTS;
  return (
    <div className="notify-templates">
      <Space wrap style={{ marginBottom: 16 }}>
        <Select<NotifyEvent>
          aria-label="Sự kiện"
          style={{ width: 280, maxWidth: '100%' }}
          value={event}
          onChange={setEvent}
          options={notifyEvents.map((e) => ({ value: e, label: eventLabels[e] }))}
        />
        <Segmented<NotifyChannel>
          aria-label="Kênh gửi"
          value={channel}
          onChange={setChannel}
          options={(['sms', 'email', 'zalo'] as const).map((c) => ({ value: c, label: channelLabels[c] }))}
        />
        {current && <Tag>{current.isDefault ? 'Mẫu mặc định' : 'Đã sửa'}</Tag>}
      </Space>
      <label htmlFor={`${id}-body`} className="notify-label">
        Nội dung mẫu tin
      </label>
      <Input.TextArea
        id={`${id}-body`}
        rows={5}
        value={text}
        disabled={!current}
        onChange={(e) => {
          setText(e.target.value);
          setServerError(null);
        }}
        aria-describedby={`${id}-count`}
      />
      <p id={`${id}-count`} className="notify-count" aria-live="polite">
        {channel === 'sms' ? (
          <>
            Tin nhắn mẫu: <strong>{preview.segments}</strong> / {MAX_SMS_SEGMENTS} phần ({preview.chars} ký
            tự, {preview.encoding === 'gsm7' ? 'không dấu GSM-7' : 'Unicode'})
            {overCap ? ' — vượt giới hạn' : ''}
          </>
        ) : (
          <>Độ dài: {preview.chars} ký tự</>
        )}
      </p>
      {issues.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title="Chưa lưu được mẫu tin này"
          description={issues.map((i) => (
            <div key={i.code}>{i.message}</div>
          ))}
          style={{ marginBottom: 12 }}
        />
      )}
      {serverError && <Alert type="error" showIcon title={serverError} style={{ marginBottom: 12 }} />}
      <Space wrap style={{ marginBottom: 16 }}>
        <Button
          type="primary"
          loading={save.isPending}
          disabled={!current || issues.length > 0}
          onClick={() => save.mutate()}
        >
          Lưu mẫu tin
        </Button>
        <Button
          disabled={!current || current.isDefault}
          loading={reset.isPending}
          onClick={() => reset.mutate()}
        >
          Dùng mẫu mặc định
        </Button>
      </Space>
      <Card size="small" title="Xem trước với dữ liệu mẫu" style={{ marginBottom: 16 }}>
        <Typography.Paragraph className="notify-preview" style={{ margin: 0 }}>
          {preview.text}
        </Typography.Paragraph>
      </Card>
      <Card size="small" title="Các trường được dùng">
        <ul className="notify-placeholders">
          {(list.data?.placeholders ?? []).map((p) => (
            <li key={p.name}>
              <code>{`{{${p.name}}}`}</code> — {p.label}
            </li>
          ))}
        </ul>
        <Typography.Text type="secondary">
          Phần tùy chọn: {'{{#lienKet}}'} … {'{{/lienKet}}'} chỉ hiện khi trường có giá trị.
        </Typography.Text>
      </Card>
    </div>
  );
}
