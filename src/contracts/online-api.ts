/**
 * The routes of online dossiers after submission, with their schemas as types (src/contracts/route.ts): the desk's
 * "online, to accept" list, and the citizen's own dossier page and withdrawal.
 */
import type * as C from './citizen-dossier.js';
import type { OnlineIntakeList } from './online-intake.js';
import { get, post } from './route.js';

export const onlineApi = {
  intake: get<typeof OnlineIntakeList>('/api/desk/online-intake'),
  myDossier: get<typeof C.CitizenDossierDetail, { params: typeof C.CitizenCodeParams }>(
    '/api/citizen/dossiers/:code',
  ),
  withdraw: post<
    typeof C.CitizenDossierDetail,
    { params: typeof C.CitizenCodeParams; body: typeof C.CitizenWithdrawBody }
  >('/api/citizen/dossiers/:code/withdraw'),
};
