/**
 * The citizen's online submission routes (/api/citizen/drafts…, documents, supplement), with their schemas as types
 * (src/contracts/route.ts). Uploads are multipart/form-data with one part `file` (web: uploadFile in the wizard).
 */
import type { Ok } from './auth.js';
import type * as S from './citizen-submission.js';
import { del, get, post, put } from './route.js';

export const submissionApi = {
  drafts: get<typeof S.DraftList>('/api/citizen/drafts'),
  create: post<typeof S.Draft, { body: typeof S.DraftCreateBody }>('/api/citizen/drafts'),
  draft: get<typeof S.Draft, { params: typeof S.DraftIdParams }>('/api/citizen/drafts/:id'),
  save: put<typeof S.Draft, { params: typeof S.DraftIdParams; body: typeof S.DraftSaveBody }>(
    '/api/citizen/drafts/:id',
  ),
  remove: del<typeof Ok, { params: typeof S.DraftIdParams }>('/api/citizen/drafts/:id'),
  upload: post<typeof S.UploadedFile, { params: typeof S.DraftIdParams; querystring: typeof S.UploadQuery }>(
    '/api/citizen/drafts/:id/files',
  ),
  reuse: post<typeof S.UploadedFile, { params: typeof S.DraftIdParams; body: typeof S.ReuseBody }>(
    '/api/citizen/drafts/:id/files/reuse',
  ),
  removeFile: del<typeof Ok, { params: typeof S.DraftFileParams }>('/api/citizen/drafts/:id/files/:fileId'),
  submit: post<typeof S.Submitted, { params: typeof S.DraftIdParams }>('/api/citizen/drafts/:id/submit'),
  documents: get<typeof S.MyDocuments>('/api/citizen/documents'),
  supplementUpload: post<
    typeof S.UploadedFile,
    { params: typeof S.DossierCodeParams; querystring: typeof S.UploadQuery }
  >('/api/citizen/dossiers/:code/supplement/files'),
  supplementSent: post<typeof S.SupplementSent, { params: typeof S.DossierCodeParams }>(
    '/api/citizen/dossiers/:code/supplement/sent',
  ),
};
