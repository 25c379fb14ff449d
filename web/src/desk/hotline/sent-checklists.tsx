/** The checklists sent during a call, by procedure name (the call holds their codes). */
import { useProcedure } from '../../shared/catalogue.js';

function ProcedureName({ code }: { code: string }) {
  const procedure = useProcedure(code);
  return <>{procedure.data?.name ?? code}</>;
}

export function SentChecklists({ codes }: { codes: string[] }) {
  if (codes.length === 0) return null;
  return (
    <div className="desk-muted">
      Đã gửi danh mục giấy tờ:{' '}
      {codes.map((c, i) => (
        <span key={c}>
          {i > 0 && '; '}
          <ProcedureName code={c} />
        </span>
      ))}
    </div>
  );
}
