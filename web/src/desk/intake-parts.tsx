/**
 * Parts of the desk intake page (intake-page.tsx): the procedure picker, one row of the documents checklist and the
 * documents of the chosen case (today's day modes at the officer's unit: intake-day.tsx).
 */
import { useEffect, useState } from 'react';
import { Button, Checkbox, InputNumber, Select } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import type { RequiredDocument } from '../../../src/domain/catalogue/record.js';
import { countsInWords } from '../../../src/domain/checklist/checklist.js';
import { useProcedures, type ProcedureDetail } from '../shared/catalogue.js';

export interface Tick {
  originals: number;
  copies: number;
  notApplicable: boolean;
}

export function ProcedurePicker({
  value,
  onChange,
  chosen,
}: {
  value?: string;
  onChange: (code: string | undefined) => void;
  /** The procedure chosen (e.g. prefilled from a booking): named even when no search has listed it. */
  chosen?: { code: string; name: string } | undefined;
}) {
  const [q, setQ] = useState('');
  const [debounced, setDebounced] = useState('');
  useEffect(() => {
    const t = setTimeout(() => setDebounced(q.trim()), 250);
    return () => clearTimeout(t);
  }, [q]);
  const list = useProcedures({ q: debounced, limit: 20, offset: 0 }, debounced.length > 0);
  const options = (list.data?.items ?? []).map((p) => ({
    value: p.code,
    label: `${p.name} (${p.code})`,
  }));
  if (chosen && chosen.code === value && !options.some((o) => o.value === chosen.code))
    options.unshift({ value: chosen.code, label: `${chosen.name} (${chosen.code})` });
  return (
    <Select
      id="intake-procedure"
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      value={value}
      onChange={(v: string | undefined) => onChange(v)}
      placeholder="Gõ tên thủ tục, ví dụ: khai sinh"
      notFoundContent={debounced ? (list.isFetching ? 'Đang tìm…' : 'Không tìm thấy thủ tục') : null}
      options={options}
      loading={list.isFetching}
      style={{ width: '100%' }}
      size="large"
      aria-label="Thủ tục hành chính"
    />
  );
}

export function DocumentRow({
  doc,
  tick,
  onChange,
  scans,
  onScans,
}: {
  doc: RequiredDocument;
  tick: Tick;
  onChange: (t: Tick) => void;
  scans: readonly File[];
  onScans: (files: File[]) => void;
}) {
  const short = doc.name.length > 60 ? doc.name.slice(0, 60) + '…' : doc.name;
  const enough = tick.originals >= doc.originals && tick.copies >= doc.copies;
  return (
    <li className="intake-doc">
      <div className="intake-doc-name">
        {doc.name}
        <div className="desk-muted">
          {doc.kind === 'present' ? 'Xuất trình' : 'Nộp'}: {countsInWords(doc)}
        </div>
      </div>
      <div className="intake-doc-counts">
        <label>
          <span>Bản chính</span>
          <InputNumber
            min={0}
            max={50}
            value={tick.originals}
            disabled={tick.notApplicable}
            onChange={(v) => onChange({ ...tick, originals: v ?? 0 })}
            aria-label={`Số bản chính: ${short}`}
          />
        </label>
        <label>
          <span>Bản sao</span>
          <InputNumber
            min={0}
            max={50}
            value={tick.copies}
            disabled={tick.notApplicable}
            onChange={(v) => onChange({ ...tick, copies: v ?? 0 })}
            aria-label={`Số bản sao: ${short}`}
          />
        </label>
        <Button
          size="small"
          disabled={tick.notApplicable || (enough && (doc.originals > 0 || doc.copies > 0))}
          onClick={() => onChange({ ...tick, originals: doc.originals, copies: doc.copies })}
          aria-label={`Đủ: ${short}`}
        >
          Đủ
        </Button>
        <Checkbox
          checked={tick.notApplicable}
          onChange={(e) => onChange({ originals: 0, copies: 0, notApplicable: e.target.checked })}
          aria-label={`Không áp dụng: ${short}`}
        >
          Không áp dụng
        </Checkbox>
        <label className="intake-scan">
          <PaperClipOutlined aria-hidden />
          <span>{scans.length ? `${scans.length} bản quét` : 'Bản quét'}</span>
          <input
            type="file"
            accept="application/pdf,image/jpeg,image/png"
            multiple
            className="intake-scan-input"
            aria-label={`Đính kèm bản quét: ${short}`}
            onChange={(e) => {
              onScans([...scans, ...Array.from(e.target.files ?? [])]);
              e.target.value = '';
            }}
          />
        </label>
      </div>
    </li>
  );
}

export const emptyTick: Tick = { originals: 0, copies: 0, notApplicable: false };

export function documentsOf(record: ProcedureDetail | undefined, caseName: string | undefined) {
  if (!record) return [];
  return record.documents
    .map((doc, index) => ({ doc, index }))
    .filter(({ doc }) => !doc.case || doc.case === caseName);
}
