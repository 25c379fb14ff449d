/**
 * The Kysely database type: one interface per area, merged here. Each area declares its tables in
 * src/db/tables/<area>.ts beside the migration that creates them.
 */
import type { AbuseTables } from './tables/abuse.js';
import type { AlertTables } from './tables/alerts.js';
import type { AppointmentTables } from './tables/appointments.js';
import type { AttachmentTables } from './tables/attachments.js';
import type { CalendarTables } from './tables/calendar.js';
import type { CatalogueTables } from './tables/catalogue.js';
import type { ChecklistTables } from './tables/checklist.js';
import type { CitizenTables } from './tables/citizen.js';
import type { CitizenSubmissionTables } from './tables/citizen-submission.js';
import type { CoreTables } from './tables/core.js';
import type { DayModeTables } from './tables/day-modes.js';
import type { DossierTables } from './tables/dossier.js';
import type { DossierTaskTables } from './tables/dossier-tasks.js';
import type { FeeTables } from './tables/fees.js';
import type { HotlineTables } from './tables/hotline.js';
import type { OrgTables } from './tables/org.js';
import type { OutboxTables } from './tables/outbox.js';
import type { PaymentTables } from './tables/payments.js';
import type { QueueTables } from './tables/queue.js';
import type { ServiceHoursTables } from './tables/service-hours.js';
import type { RatingTables } from './tables/ratings.js';
import type { ServicePointTables } from './tables/service-points.js';

export interface Database
  extends
    CoreTables,
    OrgTables,
    CatalogueTables,
    ChecklistTables,
    CalendarTables,
    DossierTables,
    DossierTaskTables,
    OutboxTables,
    DayModeTables,
    AlertTables,
    AttachmentTables,
    ServiceHoursTables,
    AppointmentTables,
    QueueTables,
    HotlineTables,
    AbuseTables,
    CitizenTables,
    ServicePointTables,
    RatingTables,
    CitizenSubmissionTables,
    PaymentTables,
    FeeTables {}
