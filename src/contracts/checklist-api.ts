/**
 * The public checklist routes the portal calls (a short checklist link's content) and the facts every citizen
 * page shows, with their schemas as types (src/contracts/route.ts). The PDF is a link, not a call.
 */
import type * as L from './checklist.js';
import { get } from './route.js';

export const checklistApi = {
  link: get<typeof L.ChecklistLink, { params: typeof L.LinkParams }>('/api/checklist-links/:code'),
  site: get<typeof L.SiteInfo>('/api/portal/site'),
};
