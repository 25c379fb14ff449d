/**
 * What a sector agency does, where a rule depends on it: the Land Registration Office sends the information slip
 * on land to the Tax office, which answers with the notice of financial obligations. Units of other kinds have none.
 */
export const unitSectors = ['land_registration', 'tax'] as const;
export type UnitSector = (typeof unitSectors)[number];

export const sectorLabels = {
  land_registration: 'Văn phòng đăng ký đất đai',
  tax: 'Cơ quan thuế',
} as const satisfies Record<UnitSector, string>;
