/**
 * The rating routes, with their schemas as types (src/contracts/route.ts).
 */
import type * as R from './ratings.js';
import { get, post } from './route.js';

export const ratingsApi = {
  view: get<typeof R.RatingView, { params: typeof R.RatingTokenParams }>('/api/ratings/:token'),
  rate: post<typeof R.RatingAnswer, { params: typeof R.RatingTokenParams; body: typeof R.RatingBody }>(
    '/api/ratings/:token',
  ),
  followUps: get<typeof R.FollowUpList, { querystring: typeof R.FollowUpsQuery }>('/api/rating-follow-ups'),
  answer: post<typeof R.FollowUp, { params: typeof R.FollowUpParams; body: typeof R.FollowUpAnswerBody }>(
    '/api/rating-follow-ups/:code/answer',
  ),
};
