/**
 * Whose hotline a reading page shows (the call log, the dashboard): a chooser for a person who may read more than
 * one unit's hotline (a leader of several units, a province leader reading a commune's), nothing for the others.
 */
import { useState, type ReactNode } from 'react';
import { Select } from 'antd';
import { hotlineWorkRoles } from '../../../../src/domain/hotline/access.js';
import type { Role } from '../../../../src/domain/org/roles.js';
import { useCurrentStaff } from '../../shared/auth.js';
import { chooseHotlineUnit, useHotlineUnits } from './hotline-api.js';

export interface HotlineUnitChoice {
  /** The units are known (or could not be read): the page may ask for its data. */
  ready: boolean;
  /** Undefined until the units are known, or when none is offered: the server answers for the default unit. */
  unitId: string | undefined;
  unitName: string;
  /** The person works this hotline's calls (else the page is read-only). */
  canWork: boolean;
  /** The chooser, or null when there is only one unit to read. */
  picker: ReactNode;
}

export function useHotlineUnitChoice(): HotlineUnitChoice {
  const staff = useCurrentStaff();
  const units = useHotlineUnits();
  const [chosen, setChosen] = useState<string>();
  const offered = units.data ?? [];
  const unit = chooseHotlineUnit(offered, chosen, staff.unit.id);
  return {
    ready: !units.isPending,
    unitId: unit?.id,
    unitName: unit?.name ?? staff.unit.name,
    canWork: unit
      ? unit.canWork
      : staff.roles.some((r) => (hotlineWorkRoles as readonly Role[]).includes(r.role)),
    picker:
      offered.length > 1 ? (
        <label className="desk-nowrap">
          Đơn vị{' '}
          <Select
            aria-label="Tổng đài của đơn vị"
            value={unit?.id}
            onChange={(v: string) => setChosen(v)}
            options={offered.map((u) => ({ value: u.id, label: u.name }))}
            popupMatchSelectWidth={false}
            style={{ minWidth: 200 }}
            data-testid="hotline-unit"
          />
        </label>
      ) : null,
  };
}
