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
  {
    key: 'dongtien',
    parent: 'province',
    type: 'commune',
    agencyId: 'H56.10.01',
    name: 'xã Đông Tiến',
    shortName: 'Đông Tiến',
    isSample: true,
  },
  {
    key: 'dongkhe',
    parent: 'province',
    type: 'commune',
    agencyId: 'H56.10.02',
    name: 'xã Đông Khê',
    shortName: 'Đông Khê',
    isSample: true,
  },
  {
    key: 'hoangquang',
    parent: 'province',
    type: 'commune',
    agencyId: 'H56.10.03',
    name: 'xã Hoằng Quang',
    shortName: 'Hoằng Quang',
    isSample: true,
  },
  {
    key: 'dongthinh',
    parent: 'province',
    type: 'commune',
    agencyId: 'H56.10.04',
    name: 'xã Đông Thịnh',
    shortName: 'Đông Thịnh',
    isSample: true,
  },
  {
    key: 'hoangloc',
    parent: 'province',
    type: 'commune',
    agencyId: 'H56.10.05',
    name: 'xã Hoằng Lộc',
    shortName: 'Hoằng Lộc',
    isSample: true,
  },
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

export const demoStaff: DemoStaff[] = [
  {
    username: 'admin.tinh',
    fullName: 'Nguyễn Văn Hùng',
    unit: 'province',
    roles: [['province_admin', 'province']],
    login: 'Quản trị cấp tỉnh',
  },
  {
    username: 'admin.dongtien',
    fullName: 'Lê Thị Hương',
    unit: 'dongtien',
    roles: [['unit_admin', 'dongtien']],
    login: 'Quản trị đơn vị, xã Đông Tiến',
  },
  {
    username: 'admin.dongkhe',
    fullName: 'Trịnh Văn Nam',
    unit: 'dongkhe',
    roles: [['unit_admin', 'dongkhe']],
    login: 'Quản trị đơn vị, xã Đông Khê',
  },
  {
    username: 'tiepnhan.dongtien',
    fullName: 'Phạm Thị Lan',
    unit: 'dongtien',
    roles: [['reception_officer', 'dongtien']],
    login: 'Công chức tiếp nhận, xã Đông Tiến',
  },
  {
    username: 'chuyenvien.dongtien',
    fullName: 'Hoàng Văn Minh',
    unit: 'dongtien',
    roles: [['specialist', 'dongtien']],
    fields: ['HT', 'CT'],
    extension: '211',
    login: 'Chuyên viên (Hộ tịch, Chứng thực), xã Đông Tiến',
  },
  {
    username: 'lanhdao.dongtien',
    fullName: 'Lê Văn Quang',
    unit: 'dongtien',
    roles: [['leader', 'dongtien']],
    login: 'Lãnh đạo, xã Đông Tiến',
  },
  {
    username: 'tongdai.dongtien',
    fullName: 'Nguyễn Thị Thu',
    unit: 'dongtien',
    roles: [['hotline_operator', 'dongtien']],
    extension: '200',
    login: 'Điện thoại viên tổng đài, xã Đông Tiến',
  },
  {
    username: 'tiepnhan.trungtam',
    fullName: 'Đỗ Thị Mai',
    unit: 'centre',
    roles: [['reception_officer', 'centre']],
    login: 'Công chức tiếp nhận, Trung tâm PVHCC tỉnh',
  },
  {
    username: 'chuyenvien.vpdk',
    fullName: 'Mai Văn Đức',
    unit: 'vpdk',
    roles: [['specialist', 'vpdk']],
    fields: ['DD'],
    extension: '301',
    login: 'Chuyên viên, Chi nhánh Văn phòng Đăng ký đất đai',
  },
  {
    username: 'chuyenvien.thue',
    fullName: 'Vũ Thị Ngọc',
    unit: 'thue',
    roles: [['specialist', 'thue']],
    fields: ['DD', 'HKD'],
    extension: '401',
    login: 'Chuyên viên, Thuế cơ sở',
  },
  // The land journey (Land Registration Office → Tax office and back) needs a desk and a head at the office and a
  // head at the Tax office.
  {
    username: 'tiepnhan.vpdk',
    fullName: 'Ngô Thị Bình',
    unit: 'vpdk',
    roles: [['reception_officer', 'vpdk']],
    login: 'Công chức tiếp nhận, Chi nhánh Văn phòng Đăng ký đất đai',
  },
  {
    username: 'lanhdao.vpdk',
    fullName: 'Trần Quốc Việt',
    unit: 'vpdk',
    roles: [['leader', 'vpdk']],
    login: 'Lãnh đạo, Chi nhánh Văn phòng Đăng ký đất đai',
  },
  {
    username: 'lanhdao.thue',
    fullName: 'Lê Thị Thanh',
    unit: 'thue',
    roles: [['leader', 'thue']],
    login: 'Lãnh đạo, Thuế cơ sở',
  },
  // Further specialists, so that the hotline has someone to route each field to.
  {
    username: 'chuyenvien2.dongtien',
    fullName: 'Trần Thị Hà',
    unit: 'dongtien',
    roles: [['specialist', 'dongtien']],
    fields: ['DD', 'XD', 'NN', 'TNMT'],
    extension: '212',
  },
  {
    username: 'chuyenvien3.dongtien',
    fullName: 'Lê Đình Khoa',
    unit: 'dongtien',
    roles: [['specialist', 'dongtien']],
    fields: ['VHXH', 'LDTBXH', 'HKD'],
    extension: '213',
  },
  {
    username: 'tiepnhan.dongkhe',
    fullName: 'Nguyễn Thị Hằng',
    unit: 'dongkhe',
    roles: [['reception_officer', 'dongkhe']],
  },
  {
    username: 'chuyenvien.dongkhe',
    fullName: 'Lê Văn Tú',
    unit: 'dongkhe',
    roles: [['specialist', 'dongkhe']],
    fields: ['HT', 'CT', 'DD'],
    extension: '221',
  },
  {
    username: 'chuyenvien.trungtam',
    fullName: 'Phạm Văn Tài',
    unit: 'centre',
    roles: [['specialist', 'centre']],
    fields: ['TNMT', 'XD', 'NN'],
    extension: '105',
  },
  {
    username: 'tiepnhan.hoangquang',
    fullName: 'Đặng Thị Yến',
    unit: 'hoangquang',
    roles: [['reception_officer', 'hoangquang']],
  },
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
