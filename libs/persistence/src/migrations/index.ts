import { CreateRegistry1764090000000 } from './1764090000000-CreateRegistry';
import { CreateSignOff1764180000000 } from './1764180000000-CreateSignOff';
import { CreateRequests1764190000000 } from './1764190000000-CreateRequests';
import { CreateSupervision1764200000000 } from './1764200000000-CreateSupervision';
import { CreateAnnualReports1764210000000 } from './1764210000000-CreateAnnualReports';
import { CreateCirculars1764220000000 } from './1764220000000-CreateCirculars';
import { AnnualReportImports1764230000000 } from './1764230000000-AnnualReportImports';
import { AddSessionVersion1764235000000 } from './1764235000000-AddSessionVersion';
import { SealLegacyTrails1764240000000 } from './1764240000000-SealLegacyTrails';
import { CreatePendingStarts1764250000000 } from './1764250000000-CreatePendingStarts';
import { CreateAuditLog1764260000000 } from './1764260000000-CreateAuditLog';
import { CoveringReportIndexes1764290000000 } from './1764290000000-CoveringReportIndexes';
import { AddMailClaimToken1764291000000 } from './1764291000000-AddMailClaimToken';
import { CreateCalendarVersions1764300000000 } from './1764300000000-CreateCalendarVersions';
import { CreateTrailAnchors1764310000000 } from './1764310000000-CreateTrailAnchors';
import { StoreAnswerFilesFirst1764310000001 } from './1764310000001-StoreAnswerFilesFirst';
import { NumberProjectionSteps1764310000002 } from './1764310000002-NumberProjectionSteps';
import { CreateImportedDocuments1764340000000 } from './1764340000000-CreateImportedDocuments';
import { UnitAnnualReports1764350000000 } from './1764350000000-UnitAnnualReports';
import { WiderAuditEntityId1764350000001 } from './1764350000001-WiderAuditEntityId';
import { CreateCalendarPendingCases1764410000000 } from './1764410000000-CreateCalendarPendingCases';
import { CallAttemptsTold1764420000000 } from './1764420000000-CallAttemptsTold';
import { SplitMailBodies1764430000000 } from './1764430000000-SplitMailBodies';
import { MailBodiesAsBytes1764440000000 } from './1764440000000-MailBodiesAsBytes';

/** In order; listed explicitly so the compiled app and the tests load the same set. */
export const MIGRATIONS = [CreateRegistry1764090000000, CreateSignOff1764180000000, CreateRequests1764190000000, CreateSupervision1764200000000, CreateAnnualReports1764210000000, CreateCirculars1764220000000, AnnualReportImports1764230000000, AddSessionVersion1764235000000, SealLegacyTrails1764240000000, CreatePendingStarts1764250000000, CreateAuditLog1764260000000, CoveringReportIndexes1764290000000, AddMailClaimToken1764291000000, CreateCalendarVersions1764300000000, CreateTrailAnchors1764310000000, StoreAnswerFilesFirst1764310000001, NumberProjectionSteps1764310000002, CreateImportedDocuments1764340000000, UnitAnnualReports1764350000000, WiderAuditEntityId1764350000001, CreateCalendarPendingCases1764410000000, CallAttemptsTold1764420000000, SplitMailBodies1764430000000, MailBodiesAsBytes1764440000000];
