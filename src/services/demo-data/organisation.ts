/**
 * Demo organisation: Thanh Hóa province, its Public Administration Service Centre, sample communes, two sector
 * agencies, the fields (lĩnh vực) and demo staff accounts.
 *
 * The communes carry names from the province's public reporting before the 2025 reform, which merged communes;
 * they are marked `is_sample` and the UI says "Dữ liệu mẫu": they are not today's map. Agency ids other than the
 * province's (000.00.00.H56) are invented in the national style, consistent and unique.
 */
import { randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Role } from '../../domain/org/roles.js';
import type { UnitType } from '../../db/tables/org.js';
import type { UnitSector } from '../../domain/org/sectors.js';

/** Field codes other areas rely on (catalogue, service desk counters, hotline routing). */
export const demoFields = [
  ['HT', 'Hộ tịch'],
  ['CT', 'Chứng thực'],
  ['DD', 'Đất đai'],
  ['VHXH', 'Văn hóa - Xã hội'],
  ['LDTBXH', 'Lao động - Thương binh và Xã hội'],
  ['HKD', 'Hộ kinh doanh'],
  ['TNMT', 'Tài nguyên và Môi trường'],
  ['XD', 'Xây dựng'],
  ['NN', 'Nông nghiệp'],
] as const;

interface DemoUnit {
  key: string;
  parent: string | null;
  type: UnitType;
  agencyId: string;
  name: string;
  shortName: string;
  phone?: string;
  sector?: UnitSector;
  isSample: boolean;
}

/** A sample commune of the province, named "xã <short name>". */
const commune = <const K extends string>(key: K, agencyId: string, shortName: string) =>
  ({
    key,
    parent: 'province',
    type: 'commune',
    agencyId,
    name: `xã ${shortName}`,
    shortName,
    isSample: true,
  }) as const;

/** Agency ids of the demo units, by key (stable: tests and other seeds may use them). */
export const demoUnits = [
  {
    key: 'province',
    parent: null,
    type: 'province',
    agencyId: '000.00.00.H56',
    name: 'Tỉnh Thanh Hóa',
    shortName: 'Thanh Hóa',
    isSample: false,
  },
  {
    key: 'centre',
    parent: 'province',
    type: 'service_centre',
    agencyId: '000.00.01.H56',
    name: 'Trung tâm Phục vụ hành chính công tỉnh Thanh Hóa',
    shortName: 'TTPVHCC tỉnh',
    phone: '02373900900',
    isSample: false,
  },
  {
    key: 'vpdk',
    parent: 'province',
    type: 'sector_agency',
    agencyId: '000.00.21.H56',
    name: 'Chi nhánh Văn phòng Đăng ký đất đai khu vực Đông Sơn',
    shortName: 'CN VPĐKĐĐ Đông Sơn',
    sector: 'land_registration',
    isSample: true,
  },
  {
    key: 'thue',
    parent: 'province',
    type: 'sector_agency',
    agencyId: '000.00.22.H56',
    name: 'Thuế cơ sở 3 tỉnh Thanh Hóa',
    shortName: 'Thuế cơ sở 3',
    sector: 'tax',
    isSample: true,
  },
  commune('dongtien', 'H56.10.01', 'Đông Tiến'),
  commune('dongkhe', 'H56.10.02', 'Đông Khê'),
  commune('hoangquang', 'H56.10.03', 'Hoằng Quang'),
  commune('dongthinh', 'H56.10.04', 'Đông Thịnh'),
  commune('hoangloc', 'H56.10.05', 'Hoằng Lộc'),
] as const satisfies readonly DemoUnit[];

type UnitKey = (typeof demoUnits)[number]['key'];

interface DemoStaff {
  username: string;
  fullName: string;
  unit: UnitKey;
  roles: [Role, UnitKey][];
  fields?: string[];
  extension?: string;
  /** Printed at start-up when set. */
  login?: string;
}

/** A staff member with one role in their own unit; `more` holds their fields, extension and start-up line. */
const staff = (
  username: string,
  fullName: string,
  unit: UnitKey,
  role: Role,
  more: Pick<DemoStaff, 'fields' | 'extension' | 'login'> = {},
): DemoStaff => ({ username, fullName, unit, roles: [[role, unit]], ...more });

export const demoStaff: DemoStaff[] = [
  staff('admin.tinh', 'Nguyễn Văn Hùng', 'province', 'province_admin', { login: 'Quản trị cấp tỉnh' }),
  staff('admin.dongtien', 'Lê Thị Hương', 'dongtien', 'unit_admin', {
    login: 'Quản trị đơn vị, xã Đông Tiến',
  }),
  staff('admin.dongkhe', 'Trịnh Văn Nam', 'dongkhe', 'unit_admin', { login: 'Quản trị đơn vị, xã Đông Khê' }),
  staff('tiepnhan.dongtien', 'Phạm Thị Lan', 'dongtien', 'reception_officer', {
    login: 'Công chức tiếp nhận, xã Đông Tiến',
  }),
  staff('chuyenvien.dongtien', 'Hoàng Văn Minh', 'dongtien', 'specialist', {
    fields: ['HT', 'CT'],
    extension: '211',
    login: 'Chuyên viên (Hộ tịch, Chứng thực), xã Đông Tiến',
  }),
  staff('lanhdao.dongtien', 'Lê Văn Quang', 'dongtien', 'leader', { login: 'Lãnh đạo, xã Đông Tiến' }),
  staff('tongdai.dongtien', 'Nguyễn Thị Thu', 'dongtien', 'hotline_operator', {
    extension: '200',
    login: 'Điện thoại viên tổng đài, xã Đông Tiến',
  }),
  staff('tiepnhan.trungtam', 'Đỗ Thị Mai', 'centre', 'reception_officer', {
    login: 'Công chức tiếp nhận, Trung tâm PVHCC tỉnh',
  }),
  staff('chuyenvien.vpdk', 'Mai Văn Đức', 'vpdk', 'specialist', {
    fields: ['DD'],
    extension: '301',
    login: 'Chuyên viên, Chi nhánh Văn phòng Đăng ký đất đai',
  }),
  staff('chuyenvien.thue', 'Vũ Thị Ngọc', 'thue', 'specialist', {
    fields: ['DD', 'HKD'],
    extension: '401',
    login: 'Chuyên viên, Thuế cơ sở',
  }),
  // The land journey (Land Registration Office → Tax office and back) needs a desk and a head at the office and a
  // head at the Tax office.
  staff('tiepnhan.vpdk', 'Ngô Thị Bình', 'vpdk', 'reception_officer', {
    login: 'Công chức tiếp nhận, Chi nhánh Văn phòng Đăng ký đất đai',
  }),
  staff('lanhdao.vpdk', 'Trần Quốc Việt', 'vpdk', 'leader', {
    login: 'Lãnh đạo, Chi nhánh Văn phòng Đăng ký đất đai',
  }),
  staff('lanhdao.thue', 'Lê Thị Thanh', 'thue', 'leader', { login: 'Lãnh đạo, Thuế cơ sở' }),
  // Further specialists, so that the hotline has someone to route each field to.
  staff('chuyenvien2.dongtien', 'Trần Thị Hà', 'dongtien', 'specialist', {
    fields: ['DD', 'XD', 'NN', 'TNMT'],
    extension: '212',
  }),
  staff('chuyenvien3.dongtien', 'Lê Đình Khoa', 'dongtien', 'specialist', {
    fields: ['VHXH', 'LDTBXH', 'HKD'],
    extension: '213',
  }),
  staff('tiepnhan.dongkhe', 'Nguyễn Thị Hằng', 'dongkhe', 'reception_officer'),
  staff('chuyenvien.dongkhe', 'Lê Văn Tú', 'dongkhe', 'specialist', {
    fields: ['HT', 'CT', 'DD'],
    extension: '221',
  }),
  staff('chuyenvien.trungtam', 'Phạm Văn Tài', 'centre', 'specialist', {
    fields: ['TNMT', 'XD', 'NN'],
    extension: '105',
  }),
  staff('tiepnhan.hoangquang', 'Đặng Thị Yến', 'hoangquang', 'reception_officer'),
  // A volunteer at Đông Tiến's village service point (service-points.ts binds them to it).
  staff('hotro.dongtien', 'Bùi Thị Nga', 'dongtien', 'service_point_helper', {
    login: 'Người hỗ trợ tại điểm dịch vụ công thôn Quyết Thắng, xã Đông Tiến',
  }),
];

/** The accounts printed at start-up (the password is DEMO_PASSWORD). */
export const organisationDemoAccounts = demoStaff
  .filter((s) => s.login)
  .map((s) => ({ username: s.username, description: s.login ?? '' }));

export async function seedOrganisation(trx: Transaction<Database>, password: string): Promise<void> {
  await trx
    .insertInto('fields')
    .values(demoFields.map(([code, name], i) => ({ code, name, sort_order: (i + 1) * 10 })))
    .execute();

  const ids = new Map<string, { id: string; path: string[] }>();
  for (const u of demoUnits as readonly DemoUnit[]) {
    const id = randomUUID();
    const parent = u.parent ? ids.get(u.parent) : undefined;
    const path = [...(parent?.path ?? []), id];
    ids.set(u.key, { id, path });
    await trx
      .insertInto('units')
      .values({
        id,
        parent_id: parent?.id ?? null,
        type: u.type,
        agency_id: u.agencyId,
        name: u.name,
        short_name: u.shortName,
        phone: u.phone ?? null,
        sector: u.sector ?? null,
        path,
        is_sample: u.isSample,
      })
      .execute();
  }
  const unitId = (key: UnitKey) => ids.get(key)!.id;

  for (const s of demoStaff) {
    const row = await trx
      .insertInto('staff')
      .values({
        username: s.username,
        full_name: s.fullName,
        email: `${s.username}@motcua.example`,
        unit_id: unitId(s.unit),
        // argon2id is the library's default algorithm.
        password_hash: await hash(password),
        field_codes: s.fields ?? [],
        extension: s.extension ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('staff_roles')
      .values(s.roles.map(([role, unit]) => ({ staff_id: row.id, role, unit_id: unitId(unit) })))
      .execute();
  }
}
