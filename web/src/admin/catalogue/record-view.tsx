/**
 * A procedure record shown read-only (an old version): every part, laid out for reading, not editing.
 */
import { Descriptions, Grid, Typography } from 'antd';
import type { ProcedureRecord } from '../../../../src/domain/catalogue/record.js';
import {
  channelNames,
  countsInWords,
  documentKindShort,
  formatFees,
  formatTimeLimit,
  levelNames,
  onlineLevelNames,
  sortedChannels,
} from '../../../../src/domain/checklist/checklist.js';

const list = (items: readonly string[]) => (items.length ? items.join('; ') : '—');

export function RecordView({ record: r }: { record: ProcedureRecord }) {
  const agencies = r.agencies ?? {};
  const screens = Grid.useBreakpoint();
  return (
    <div className="cat-record-view">
      <Descriptions
        bordered
        size="small"
        column={1}
        layout={screens.sm ? 'horizontal' : 'vertical'}
        styles={{ label: screens.sm ? { width: 200 } : {} }}
        items={[
          { key: 'code', label: 'Mã thủ tục', children: r.code },
          { key: 'name', label: 'Tên thủ tục', children: r.name },
          { key: 'field', label: 'Lĩnh vực', children: `${r.field.name} (${r.field.code})` },
          { key: 'decision', label: 'Quyết định công bố', children: r.decision ?? '—' },
          { key: 'type', label: 'Loại thủ tục', children: r.type ?? '—' },
          { key: 'levels', label: 'Cấp thực hiện', children: list(r.levels.map((l) => levelNames[l])) },
          {
            key: 'units',
            label: 'Đơn vị thực hiện',
            children: r.units?.length ? r.units.join(', ') : 'Mọi đơn vị',
          },
          { key: 'applicants', label: 'Đối tượng thực hiện', children: list(r.applicants) },
          { key: 'competent', label: 'Cơ quan có thẩm quyền', children: agencies.competent ?? '—' },
          { key: 'implementing', label: 'Cơ quan thực hiện', children: agencies.implementing ?? '—' },
          { key: 'cooperating', label: 'Cơ quan phối hợp', children: agencies.cooperating ?? '—' },
          { key: 'delegated', label: 'Cơ quan được ủy quyền', children: agencies.delegated ?? '—' },
          { key: 'online', label: 'Mức độ trực tuyến', children: onlineLevelNames[r.onlineLevel] },
          {
            key: 'flags',
            label: 'Đặc điểm',
            children:
              [r.flags.sameDay && 'Giải quyết trong ngày', r.flags.interAgency && 'Liên thông']
                .filter(Boolean)
                .join('; ') || '—',
          },
          {
            key: 'clock',
            label: 'Khi yêu cầu bổ sung',
            children: r.clockOnSupplement === 'pause' ? 'Tạm dừng thời hạn' : 'Tính lại thời hạn từ đầu',
          },
          { key: 'conditions', label: 'Yêu cầu, điều kiện', children: r.conditions ?? '—' },
          { key: 'keywords', label: 'Từ khóa', children: list(r.keywords) },
          { key: 'related', label: 'Thủ tục liên quan', children: list(r.related) },
          { key: 'cases', label: 'Trường hợp', children: list(r.cases) },
        ]}
      />
      <h4 className="cat-view-title">Cách thức thực hiện</h4>
      <ul className="cat-view-list">
        {sortedChannels(r.channels).map((c) => (
          <li key={c.kind}>
            <strong>{channelNames[c.kind]}:</strong> {formatTimeLimit(c.timeLimit)}
            {c.timeLimit.note ? ` (${c.timeLimit.note})` : ''}. {formatFees(c.fees).replace(/\n/g, '; ')}
            {c.note ? `. ${c.note}` : ''}
          </li>
        ))}
      </ul>
      <h4 className="cat-view-title">Thành phần hồ sơ</h4>
      <ol className="cat-view-list">
        {r.documents.map((d, i) => (
          <li key={i}>
            {d.name} — {documentKindShort[d.kind]}, {countsInWords(d)}
            {d.case ? ` — trường hợp: ${d.case}` : ''}
            {d.form ? ` — mẫu: ${d.form.name}${d.form.url ? ` (${d.form.url})` : ''}` : ''}
            {d.note && <Typography.Text type="secondary"> — {d.note}</Typography.Text>}
          </li>
        ))}
      </ol>
      <h4 className="cat-view-title">Trình tự thực hiện</h4>
      <ol className="cat-view-list cat-pre">
        {r.steps.map((s, i) => (
          <li key={i}>{s}</li>
        ))}
      </ol>
      <h4 className="cat-view-title">Kết quả</h4>
      <ul className="cat-view-list">
        {r.results.map((x, i) => (
          <li key={i}>
            {x.name}
            {x.code ? ` (${x.code})` : ''}
          </li>
        ))}
      </ul>
      <h4 className="cat-view-title">Căn cứ pháp lý</h4>
      <ul className="cat-view-list">
        {r.legalBasis.map((l, i) => (
          <li key={i}>
            <strong>{l.number}</strong> {l.title}
            {l.issuer ? ` — ${l.issuer}` : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}
