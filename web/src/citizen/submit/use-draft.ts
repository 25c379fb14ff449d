/**
 * The wizard's draft: found (the `draft` query parameter, else the citizen's latest draft of the procedure) or
 * started, then saved step by step. A missing session sends the citizen to sign in and back here.
 */
import { useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { submissionApi } from '../../../../src/contracts/citizen-submission-api.js';
import type { Draft, DraftSaveBody } from '../../../../src/contracts/citizen-submission.js';
import { ApiError } from '../../shared/api.js';
import { call } from '../../shared/client.js';

export const messageOf = (e: unknown) =>
  e instanceof ApiError ? e.message : 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.';

export function useDraft(procedureCode: string, draftParam: string | null) {
  const queryClient = useQueryClient();
  const [id, setId] = useState<string | null>(draftParam);
  const [startError, setStartError] = useState<unknown>(null);
  const drafts = useQuery({
    queryKey: ['citizen', 'drafts'],
    queryFn: () => call(submissionApi.drafts),
    enabled: !id,
    retry: false,
  });
  useEffect(() => {
    if (id || !drafts.data) return;
    const existing = drafts.data.items.find((d) => d.procedure.code === procedureCode);
    if (existing) {
      setId(existing.id);
      return;
    }
    call(submissionApi.create, { body: { procedureCode } }).then(
      (d) => {
        queryClient.setQueryData(['citizen', 'draft', d.id], d);
        setId(d.id);
      },
      (e: unknown) => setStartError(e),
    );
  }, [id, drafts.data, procedureCode, queryClient]);
  const draft = useQuery({
    queryKey: ['citizen', 'draft', id],
    queryFn: () => call(submissionApi.draft, { params: { id: id! } }),
    enabled: !!id,
    retry: false,
  });
  const save = useMutation({
    mutationFn: (body: DraftSaveBody) => call(submissionApi.save, { params: { id: id! }, body }),
    onSuccess: (d) => queryClient.setQueryData(['citizen', 'draft', d.id], d),
  });
  const refresh = (d?: Draft) =>
    d
      ? queryClient.setQueryData(['citizen', 'draft', d.id], d)
      : void queryClient.invalidateQueries({ queryKey: ['citizen', 'draft', id] });
  const error = drafts.error ?? startError ?? draft.error;
  const unauthenticated = error instanceof ApiError && error.status === 401;
  return { draft: draft.data, error, unauthenticated, save, refresh };
}
