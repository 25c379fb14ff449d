import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roles, type Actor, type Role } from '../org/roles.js';
import {
  ACTIONS,
  actionLabels,
  actionSpec,
  actionsNeedingNote,
  actionsWhere,
  buttonLook,
  hasField,
  noteWording,
} from './actions.js';
import {
  actions,
  allowedActions,
  applyToState,
  openingActions,
  statuses,
  transitions,
  type Action,
  type DossierState,
} from './lifecycle.js';
import { noticeEvents } from './notices.js';
import { actingRole, mayAct } from './permissions.js';
import { assigneeAllows } from './routing.js';

const actorWith = (role: Role, unitPath: readonly string[]): Actor => ({
  id: 'staff-1',
  username: 'staff1',
  fullName: 'Nguyễn Văn A',
  roles: [{ role, unitId: unitPath[unitPath.length - 1]!, unitPath }],
});

/** A random walk through the lifecycle: at each step one of the actions allowed then. */
const walk = fc.array(fc.nat(), { maxLength: 40 }).map((picks) => {
  const steps: { before: DossierState | undefined; action: Action; after: DossierState }[] = [];
  let state: DossierState | undefined;
  for (const pick of picks) {
    const allowed = allowedActions(state);
    if (allowed.length === 0) break;
    const action = allowed[pick % allowed.length]!;
    const after = applyToState(state, action);
    steps.push({ before: state, action, after });
    state = after;
  }
  return steps;
});

describe('the action table and the lifecycle agree', () => {
  it('has one row per action and every action can be taken in some status', () => {
    expect(Object.keys(ACTIONS).sort()).toEqual([...actions].sort());
    for (const a of actions) {
      const somewhere =
        (openingActions as readonly Action[]).includes(a) ||
        statuses.some((s) => (transitions[s] as readonly Action[]).includes(a));
      expect(somewhere, a).toBe(true);
    }
  });

  it('takes the dossier where its row says, along any walk through the lifecycle', () => {
    fc.assert(
      fc.property(walk, (steps) => {
        for (const { before, action, after } of steps) {
          const to = ACTIONS[action].to;
          if (to === 'stay') expect(after.status).toBe(before?.status ?? 'submitted');
          else if (typeof to === 'object') expect(after.status).toBe(before?.resumeTo ?? to.resume);
          else expect(after.status).toBe(to);
          // Whatever it reaches is a status of the lifecycle.
          expect(statuses).toContain(after.status);
        }
      }),
    );
  });

  it('gives every target status a way on (or makes it final), and every status a row leading to it', () => {
    for (const a of actions) {
      const to = ACTIONS[a].to;
      const target = typeof to === 'object' ? to.resume : to;
      if (target !== 'stay') expect(statuses, a).toContain(target);
    }
    const reached = new Set(actions.map((a) => ACTIONS[a].to).filter((t) => typeof t === 'string'));
    for (const s of statuses) expect(reached.has(s), s).toBe(true);
  });

  it('lets every role of a row take the action in its own unit, and no other staff role', () => {
    fc.assert(
      fc.property(fc.constantFrom(...actions), fc.constantFrom(...roles), (action, role) => {
        const actor = actorWith(role, ['province', 'district']);
        const listed = ACTIONS[action].roles.includes(role);
        expect(mayAct(actor, action, ['province', 'district'])).toBe(listed);
        expect(actingRole(actor, action, ['province', 'district'])).toBe(listed ? role : undefined);
        // A role held in another unit never reaches the dossier.
        expect(mayAct(actorWith(role, ['province', 'other']), action, ['province', 'district'])).toBe(false);
      }),
    );
  });

  it('keeps appraisal to the assignee and only appraisal', () => {
    for (const a of actions) {
      expect(assigneeAllows(a, 'someone-else', 'me'), a).toBe(a !== 'appraise');
      expect(assigneeAllows(a, null, 'me'), a).toBe(true);
    }
  });

  it('sends only notices that have a template, and names effects for actions with fields to check', () => {
    for (const a of actions) {
      const notice = actionSpec(a).notice;
      if (notice) expect(noticeEvents).toContain(notice);
    }
    for (const a of actionsWhere((s) => (s.form.fields ?? []).some((f) => f !== 'question'))) {
      expect(actionSpec(a).effect, a).toBeDefined();
    }
  });

  it('prints a slip row for the hand-offs only, and marks the changes of hands', () => {
    expect(actionsWhere((s) => s.slip?.moves === true)).toEqual(['transfer', 'transfer_back']);
    expect(actionsWhere((s) => !s.slip)).toEqual([
      'submit_online',
      'request_payment',
      'record_payment',
      'extend',
      'notify_result',
    ]);
  });
});

describe('the table readers', () => {
  it('labels every action', () => {
    expect(actionLabels.send_back).toBe('Trả lại để thẩm định lại');
    for (const a of actions) expect(actionLabels[a]).toBe(ACTIONS[a].label);
  });

  it('lists the actions that must say why', () => {
    expect([...actionsNeedingNote].sort()).toEqual(
      [
        'refuse',
        'stop',
        'request_supplement',
        'extend',
        'withdraw',
        'send_back',
        'consult',
        'answer_consult',
      ].sort(),
    );
  });

  it('asks for the note of a received supplement only when a paper is still missing', () => {
    expect(actionsWhere((s) => s.note === 'whenPapersMissing')).toEqual(['receive_supplement']);
  });

  it('names each slip row after the action, unless the row names its step', () => {
    expect(actionSpec('refuse').slip).toEqual({ step: 'Từ chối', receiver: 'applicant' });
    expect(actionSpec('transfer').slip).toEqual({
      step: 'Chuyển liên thông',
      receiver: 'targetUnit',
      moves: true,
    });
    expect(actionSpec('receive').slip).toEqual({ step: 'Tiếp nhận hồ sơ', receiver: 'officer' });
  });

  it("names the note and says what is missing, with the desk's defaults", () => {
    expect(noteWording('refuse')).toEqual({ label: 'Lý do từ chối', missing: 'Cần ghi rõ lý do.' });
    expect(noteWording('consult')).toEqual({
      label: 'Nội dung xin ý kiến',
      missing: 'Cần ghi nội dung xin ý kiến.',
    });
    expect(noteWording('receive')).toEqual({ label: 'Ghi chú', missing: 'Cần ghi rõ lý do.' });
  });

  it('tells the fields of each form', () => {
    expect(hasField('assign', 'assignee')).toBe(true);
    expect(hasField('transfer', 'unit')).toBe(true);
    expect(hasField('consult', 'unit')).toBe(true);
    expect(hasField('consult', 'deadline')).toBe(true);
    expect(hasField('transfer', 'deadline')).toBe(false);
    expect(hasField('receive', 'unit')).toBe(false);
    expect(actionsWhere((s) => s.form.fields?.includes('unit') ?? false)).toEqual(['transfer', 'consult']);
  });

  it('gives the buttons their look', () => {
    expect(actionsWhere((s) => s.form.look === 'danger')).toEqual(['refuse', 'stop', 'withdraw']);
    expect(buttonLook('approve')).toBe('forward');
    expect(buttonLook('request_payment')).toBeUndefined();
  });
});
