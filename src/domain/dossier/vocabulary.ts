/**
 * The words of a dossier's lifecycle: its statuses and the actions on it. Kept apart from the transition table
 * (lifecycle.ts) and the action specification (actions.ts) so that both can name them without importing each other.
 */

export const statuses = [
  'submitted', // online, not yet accepted by an officer
  'received', // accepted at the desk (receipt issued), not yet assigned
  'supplement_requested', // waiting for the applicant to complete the dossier
  'in_appraisal', // a specialist appraises it
  'awaiting_approval', // appraised, waiting for the leader
  'transferred', // with another agency (liên thông)
  'approved', // approved, the result is being prepared
  'awaiting_payment', // fees or financial obligations to pay before the result
  'result_ready', // the result is at the desk
  'posting', // the result is on its way by post
  'returned', // the result was handed over (done)
  'refused', // refused, with reasons
  'withdrawn', // the applicant withdrew it
  'stopped', // processing stopped
] as const;
export type Status = (typeof statuses)[number];

export const actions = [
  'submit_online',
  'receive',
  'request_supplement',
  'receive_supplement',
  'refuse',
  'assign',
  'appraise',
  'send_back',
  'approve',
  'transfer',
  'transfer_back',
  'request_payment',
  'record_payment',
  'extend',
  'stop',
  'withdraw',
  'record_result',
  'notify_result',
  'send_by_post',
  'return_result',
  'consult',
  'answer_consult',
] as const;
export type Action = (typeof actions)[number];
