/** Demo service points: Đông Tiến's village house and post office, the demo helper working at the first. */
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';

export async function seedServicePoints(trx: Transaction<Database>): Promise<void> {
  const unit = await trx
    .selectFrom('units')
    .select('id')
    .where('agency_id', '=', 'H56.10.01')
    .executeTakeFirstOrThrow();
  const village = randomUUID();
  await trx
    .insertInto('service_points')
    .values([
      {
        id: village,
        unit_id: unit.id,
        name: 'Điểm dịch vụ công thôn Quyết Thắng',
        kind: 'village_house',
        address: 'Nhà văn hóa thôn Quyết Thắng, xã Đông Tiến',
      },
      {
        id: randomUUID(),
        unit_id: unit.id,
        name: 'Điểm dịch vụ công Bưu điện văn hóa xã Đông Tiến',
        kind: 'post_office',
        address: 'Bưu điện văn hóa xã Đông Tiến',
      },
    ])
    .execute();
  const helper = await trx
    .selectFrom('staff')
    .select('id')
    .where('username', '=', 'hotro.dongtien')
    .executeTakeFirstOrThrow();
  await trx.insertInto('service_point_helpers').values({ staff_id: helper.id, point_id: village }).execute();
}
