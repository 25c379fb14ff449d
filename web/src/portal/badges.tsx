import { onlineLevelNames } from '../../../src/domain/checklist/checklist.js';
import type { ProcedureSummary } from '../shared/catalogue.js';

export function OnlineBadge({ level }: { level: ProcedureSummary['onlineLevel'] }) {
  return <span className={`badge badge-${level}`}>{onlineLevelNames[level]}</span>;
}

export function SameDayBadge() {
  return <span className="badge badge-sameday">Giải quyết trong ngày</span>;
}
