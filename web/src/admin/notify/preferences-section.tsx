/**
 * A citizen's choice of how to be told, recorded by staff at the citizen's request (at the desk, or by an
 * administrator): the channel (SMS, email, Zalo) and the opt-out of non-urgent SMS. One-time codes are always sent.
 * GET/PUT /api/notification-preferences.
 */
import { useEffect, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Form, Input, Radio, Typography } from 'antd';
import type { NotifyChannel } from '../../../../src/domain/notify/templates.js';
import { notifyApi } from '../../../../src/contracts/notify-api.js';
import type { Preference } from '../../../../src/contracts/notify.js';
import { call } from '../../shared/client.js';
import { channelLabels } from './notify-api.js';

export function PreferencesSection() {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ channel: NotifyChannel; email: string; smsOptOut: boolean }>();
  const [phone, setPhone] = useState('');
  const [loaded, setLoaded] = useState<Preference | null>(null);
  const [error, setError] = useState<string | null>(null);
  const find = useMutation({
    mutationFn: (p: string) => call(notifyApi.preference, { query: { phone: p } }),
    onSuccess: (p) => {
      setError(null);
      setLoaded(p);
    },
    onError: (e) => {
      setLoaded(null);
      setError(e instanceof Error ? e.message : 'Không tra cứu được.');
    },
  });
  useEffect(() => {
    if (loaded)
      form.setFieldsValue({
        channel: loaded.channel,
        email: loaded.email ?? '',
        smsOptOut: loaded.smsOptOut,
      });
  }, [loaded, form]);
  const save = useMutation({
    mutationFn: (v: { channel: NotifyChannel; email: string; smsOptOut: boolean }) =>
      call(notifyApi.savePreference, {
        body: { phone: loaded!.phone, channel: v.channel, email: v.email || null, smsOptOut: v.smsOptOut },
      }),
    onSuccess: (p) => {
      setLoaded(p);
      setError(null);
      void message.success('Đã ghi nhận lựa chọn nhận tin của người dân.');
    },
    onError: (e) => setError(e instanceof Error ? e.message : 'Không lưu được.'),
  });

  return (
    <div style={{ maxWidth: 560 }}>
      <Typography.Paragraph>
        Ghi nhận theo yêu cầu của người dân: kênh nhận thông báo và việc từ chối tin nhắn SMS không khẩn. Mã
        xác nhận (OTP) luôn được gửi.
      </Typography.Paragraph>
      <Input.Search
        aria-label="Số điện thoại của người dân"
        placeholder="Số điện thoại di động"
        enterButton="Tra cứu"
        value={phone}
        onChange={(e) => setPhone(e.target.value)}
        onSearch={(v) => v.trim() && find.mutate(v.trim())}
        loading={find.isPending}
        style={{ marginBottom: 16 }}
      />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      {loaded && (
        <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
          <Form.Item label="Nhận thông báo qua" name="channel">
            <Radio.Group
              options={(['sms', 'email', 'zalo'] as const).map((c) => ({
                value: c,
                label: channelLabels[c],
              }))}
            />
          </Form.Item>
          <Form.Item label="Thư điện tử" name="email">
            <Input type="email" autoComplete="off" />
          </Form.Item>
          <Form.Item name="smsOptOut" valuePropName="checked">
            <Checkbox>Không nhận tin nhắn SMS thông báo (trừ mã xác nhận)</Checkbox>
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            Lưu lựa chọn
          </Button>
        </Form>
      )}
    </div>
  );
}

/** The desk page (reception officers): the same form under its own title. */
export default function PreferencesPage() {
  useEffect(() => {
    document.title = 'Đăng ký nhận tin — Bàn làm việc';
  }, []);
  return (
    <>
      <div className="staff-page-head">
        <Typography.Title level={1}>Đăng ký nhận tin</Typography.Title>
      </div>
      <PreferencesSection />
    </>
  );
}
