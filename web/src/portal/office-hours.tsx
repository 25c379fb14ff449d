/**
 * The hours a citizen reads on the home page, in the footer and on a procedure page: the regular sessions in force
 * today at a unit (the provincial centre unless said otherwise), from its service hours — the winter afternoon ends
 * at 16:30, the summer one at 17:00 — never a fixed text; and the date of a planned change.
 */
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { serviceCentre } from '../../../src/domain/checklist/checklist.js';
import { serviceHoursApi } from '../../../src/contracts/service-hours-api.js';
import { regularHoursText } from '../../../src/domain/service-hours/regular-text.js';
import { call } from '../shared/client.js';

export function useRegularHours(agencyId: string = serviceCentre.agencyId) {
  return useQuery({
    queryKey: ['service-hours', 'regular', agencyId],
    queryFn: () => call(serviceHoursApi.unit, { params: { agencyId } }),
    staleTime: 10 * 60_000,
  });
}

const dmy = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

/** "Thứ Hai đến thứ Sáu: 07:00–11:30, 13:00–16:30 (giờ mùa đông), trừ ngày nghỉ lễ, Tết." */
export function OfficeHours({ agencyId = serviceCentre.agencyId }: { agencyId?: string }) {
  const query = useRegularHours(agencyId);
  const link = <Link to={`/gio-phuc-vu/${encodeURIComponent(agencyId)}`}>xem giờ phục vụ</Link>;
  if (query.isPending) return <span className="office-hours">Đang tải giờ phục vụ…</span>;
  if (query.isError) return <span className="office-hours">Vui lòng {link}.</span>;
  const { regular, nextChange } = query.data;
  return (
    <span className="office-hours">
      {regularHoursText(regular)}, trừ ngày nghỉ lễ, Tết.
      {nextChange && (
        <>
          {' '}
          Giờ phục vụ thay đổi từ {dmy(nextChange)}: {link}.
        </>
      )}
    </span>
  );
}
