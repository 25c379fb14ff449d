/**
 * /api/ratings/{token}: the citizen rates a returned dossier from the link of the result SMS (no login: the signed
 * token names the dossier); /api/rating-follow-ups: the unit leaders' answers to "Không hài lòng".
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  FollowUp,
  FollowUpAnswerBody,
  FollowUpList,
  FollowUpParams,
  FollowUpsQuery,
  RatingAnswer,
  RatingBody,
  RatingTokenParams,
  RatingView,
} from '../../contracts/ratings.js';
import { runCommand, inTransaction } from '../../db/transaction.js';
import { rateByToken, ratingByToken } from '../../services/ratings/ratings.js';
import { answerFollowUp, listFollowUps } from '../../services/ratings/follow-ups.js';
import { actingContext } from '../shared/guard.js';
import { created, publicRoutes, replies, staffReplies, staffRoutes } from '../shared/routes.js';

const tags = ['ratings'];
/** Per client address: a family rating a few dossiers, never a script trying tokens. */
const RATING_RATE = { max: 30, timeWindow: '1 minute' };
const publicRoute = publicRoutes(tags, RATING_RATE);
const staff = staffRoutes(tags);

export const ratingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps.database;
  const { sessionSecret: secret, publicUrl } = app.deps.config;

  app.get(
    '/ratings/:token',
    publicRoute(
      'What a rating link is for: the dossier, whether it is rated, and the answer to a complaint',
      {
        params: RatingTokenParams,
        response: replies(RatingView, 400, 404, 429),
      },
    ),
    async (request, reply) => {
      void reply.header('cache-control', 'no-store');
      return ratingByToken(db, secret, request.params.token);
    },
  );

  app.post(
    '/ratings/:token',
    publicRoute('Rate a returned dossier (once; changeable once within 7 days)', {
      params: RatingTokenParams,
      body: RatingBody,
      response: { ...created(RatingAnswer, 400, 404, 409, 429), 200: RatingAnswer },
    }),
    async (request, reply) => {
      const answer = await inTransaction(db, (trx) =>
        rateByToken(trx, secret, request.params.token, request.body, { requestId: request.id }),
      );
      return reply.code(answer.created ? 201 : 200).send(answer);
    },
  );

  app.get(
    '/rating-follow-ups',
    staff(
      "The leader's follow-ups of 'Không hài lòng' in the units they lead: open ones first, by deadline",
      {
        querystring: FollowUpsQuery,
        response: staffReplies(FollowUpList),
      },
    ),
    async (request) => runCommand(db, listFollowUps, actingContext(request), request.query),
  );

  app.post(
    '/rating-follow-ups/:code/answer',
    staff('Answer a citizen who was not satisfied (once); the answer is sent by SMS', {
      params: FollowUpParams,
      body: FollowUpAnswerBody,
      response: staffReplies(FollowUp, 404, 409),
    }),
    async (request) =>
      runCommand(db, answerFollowUp, actingContext(request), request.params.code, request.body.answer, {
        secret,
        publicUrl,
      }),
  );
};
