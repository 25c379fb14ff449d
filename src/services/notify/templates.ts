/**
 * Message templates as stored: a row in notification_templates replaces the built-in wording of an event on a
 * channel. Reading them is public to services (`templateBody`); listing, saving and resetting them is for holders
 * of notify.templates (province-wide), audited.
 */
import { forbidden, invalid, notFound } from '../../domain/errors.js';
import {
  checkTemplate,
  defaultTemplate,
  eventLabels,
  notifyChannels,
  notifyEvents,
  renderTemplate,
  samplePlaceholderValues,
  smsInfo,
  type NotifyChannel,
  type NotifyEvent,
} from '../../domain/notify/templates.js';
import { canAnywhere, type Actor } from '../../domain/org/roles.js';
import { writeAudit } from '../org/audit.js';
import type { ActingContext } from '../org/context.js';
import type { Reader, Trx } from '../../db/transaction.js';
import { withNotify } from '../../db/with-notify.js';
import type { Preview, Template } from '../../contracts/notify.js';

export async function templateBody(db: Reader, event: NotifyEvent, channel: NotifyChannel): Promise<string> {
  const row = await withNotify(db)
    .selectFrom('notification_templates')
    .select('body')
    .where('event', '=', event)
    .where('channel', '=', channel)
    .executeTakeFirst();
  return row?.body ?? defaultTemplate(event, channel);
}

function requireTemplates(actor: Actor) {
  if (!canAnywhere(actor, 'notify.templates')) {
    throw forbidden('Chỉ quản trị cấp tỉnh được xem và sửa mẫu tin nhắn.');
  }
}

export function checkKey(event: string, channel: string): { event: NotifyEvent; channel: NotifyChannel } {
  if (
    !(notifyEvents as readonly string[]).includes(event) ||
    !(notifyChannels as readonly string[]).includes(channel)
  ) {
    throw notFound('TEMPLATE_NOT_FOUND', 'Không có mẫu tin cho sự kiện và kênh này.');
  }
  return { event: event as NotifyEvent, channel: channel as NotifyChannel };
}

export async function listTemplates(db: Reader, actor: Actor): Promise<Template[]> {
  requireTemplates(actor);
  const rows = await withNotify(db).selectFrom('notification_templates').selectAll().execute();
  return notifyEvents.flatMap((event) =>
    notifyChannels.map((channel) => {
      const row = rows.find((r) => r.event === event && r.channel === channel);
      return {
        event,
        eventLabel: eventLabels[event],
        channel,
        body: row?.body ?? defaultTemplate(event, channel),
        isDefault: !row,
        defaultBody: defaultTemplate(event, channel),
        updatedAt: row ? new Date(row.updated_at).toISOString() : null,
      };
    }),
  );
}

/** The template rendered with the sample values (SMS: without diacritics, with its segment count). */
export function previewTemplate(channel: NotifyChannel, body: string): Omit<Preview, 'issues'> {
  const text = renderTemplate(channel, body, samplePlaceholderValues(), { cut: false });
  if (channel !== 'sms') return { text, encoding: null, segments: null, chars: text.length };
  const info = smsInfo(text);
  return { text: info.text, encoding: info.encoding, segments: info.segments, chars: info.chars };
}

/** Refuses a template that may not be saved: 400 with the first problem's stable code, all problems listed. */
export function assertTemplate(channel: NotifyChannel, body: string): void {
  const issues = checkTemplate(channel, body);
  if (issues.length) {
    throw invalid(
      issues[0]!.code,
      issues.map((i) => i.message).join(' '),
      issues.map((i) => ({ field: 'body', message: i.message })),
    );
  }
}

export async function saveTemplate(
  trx: Trx,
  ctx: ActingContext,
  key: { event: string; channel: string },
  body: string,
): Promise<Template> {
  requireTemplates(ctx.actor);
  const { event, channel } = checkKey(key.event, key.channel);
  assertTemplate(channel, body);
  await withNotify(trx)
    .insertInto('notification_templates')
    .values({ event, channel, body, updated_by: ctx.actor.id })
    .onConflict((oc) =>
      oc
        .columns(['event', 'channel'])
        .doUpdateSet({ body, updated_by: ctx.actor.id, updated_at: new Date() }),
    )
    .execute();
  await writeAudit(trx, ctx, {
    action: 'notify.template.update',
    entity: 'notification_template',
    entityId: `${event}:${channel}`,
    fields: ['body'],
  });
  return (await listTemplates(trx, ctx.actor)).find((t) => t.event === event && t.channel === channel)!;
}

/** Back to the built-in wording. */
export async function resetTemplate(
  trx: Trx,
  ctx: ActingContext,
  key: { event: string; channel: string },
): Promise<Template> {
  requireTemplates(ctx.actor);
  const { event, channel } = checkKey(key.event, key.channel);
  await withNotify(trx)
    .deleteFrom('notification_templates')
    .where('event', '=', event)
    .where('channel', '=', channel)
    .execute();
  await writeAudit(trx, ctx, {
    action: 'notify.template.reset',
    entity: 'notification_template',
    entityId: `${event}:${channel}`,
  });
  return (await listTemplates(trx, ctx.actor)).find((t) => t.event === event && t.channel === channel)!;
}
