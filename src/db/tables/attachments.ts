import type { Generated } from 'kysely';
import type { Timestamp } from './core.js';
import type { AttachmentType } from '../../domain/dossier/attachments.js';

export interface DossierAttachmentsTable {
  id: Generated<string>;
  dossier_id: string;
  position: number | null;
  file_name: string;
  content_type: AttachmentType;
  size: number;
  sha256: string;
  data: Buffer;
  uploaded_by: string;
  uploaded_by_name: string;
  created_at: Timestamp;
}

export interface AttachmentTables {
  dossier_attachments: DossierAttachmentsTable;
}
