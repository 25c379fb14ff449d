/**
 * The hotline routes the consoles call (the call log, the screen-pop, the directory, the callbacks, the units and
 * the dashboard; the operator's and specialist's writes), with their schemas as types (src/contracts/route.ts).
 * The PBX's events and the live stream are not calls of the web's client.
 */
import type * as H from './hotline.js';
import { get, post, put } from './route.js';

const call = '/api/hotline/calls/:id';

export const hotlineApi = {
  calls: get<typeof H.CallList, { querystring: typeof H.CallsQuery }>('/api/hotline/calls'),
  myCalls: get<typeof H.CallList>('/api/hotline/calls/mine'),
  screenPop: get<typeof H.ScreenPop, { querystring: typeof H.ScreenPopQuery }>('/api/hotline/screen-pop'),
  directory: get<typeof H.Directory, { querystring: typeof H.DirectoryQuery }>('/api/hotline/directory'),
  callbacks: get<typeof H.Callbacks, { querystring: typeof H.UnitQuery }>('/api/hotline/callbacks'),
  units: get<typeof H.HotlineUnits>('/api/hotline/units'),
  stats: get<typeof H.HotlineStats, { querystring: typeof H.StatsQuery }>('/api/hotline/stats'),
  transfer: post<typeof H.CallView, { params: typeof H.CallParams; body: typeof H.TransferInput }>(
    `${call}/transfer`,
  ),
  checklist: post<typeof H.ChecklistSent, { params: typeof H.CallParams; body: typeof H.ChecklistInput }>(
    `${call}/checklist`,
  ),
  outcome: post<typeof H.CallView, { params: typeof H.CallParams; body: typeof H.OutcomeInput }>(
    `${call}/outcome`,
  ),
  presence: put<typeof H.DirectoryEntry, { body: typeof H.PresenceInput }>('/api/hotline/presence'),
  callbackDone: post<typeof H.Callback, { params: typeof H.CallParams; body: typeof H.CallbackDoneInput }>(
    '/api/hotline/callbacks/:id/done',
  ),
};
