// Generated from the API's OpenAPI document by `npm run api:client`; do not edit.
export interface paths {
    "/api/annual-reports/{year}/amendments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The amendments of the year's report (the body's or a unit's), open and closed */
        get: operations["ReportGeneratorController_amendments"];
        put?: never;
        /** Open a published report (the body's or a unit's) for correction, with the reason; republishing closes it */
        post: operations["ReportGeneratorController_amend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/annual-reports/{year}/cells/{row}/{column}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ids of the requests (section 三) or cases (section 四) one cell counts */
        get: operations["ReportGeneratorController_cell"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/annual-reports/{year}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The report as .docx, HTML or text; refused (422 REPORT_NOT_RECONCILED, cell by cell) while any rule breaks */
        get: operations["ReportGeneratorController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/annual-reports/{year}/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The year's sections 二, 三 and 四 computed from the records, with every rule they break (a unit's people: their unit's) */
        get: operations["ReportGeneratorController_figures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/annual-reports/{year}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a report published before the system as the year's publication, which the next year's carry-over and in-force counts are checked against */
        post: operations["ReportGeneratorController_importPublished"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/annual-reports/{year}/import/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What a report published before the system would be imported as: the figures read, its errors and warnings, why not (stores nothing) */
        post: operations["ReportGeneratorController_importPreview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/annual-reports/{year}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the body's report or a unit's own: store the figures and texts and lock them (again after an amendment) */
        post: operations["ReportGeneratorController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/annual-reports/{year}/texts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The draft of sections 一, 五 and 六 and the body named in the title (a unit's people: their unit's) */
        get: operations["ReportGeneratorController_texts"];
        /** Write sections 一, 五 and 六 (a unit's contact: their unit's; refused once that report is published, unless amended) */
        put: operations["ReportGeneratorController_putTexts"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/annual-reports/{year}/texts/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The year's facts as sentences for 一、总体情况, worded so the narrative check reads them */
        get: operations["ReportGeneratorController_suggestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/annual-reports/{year}/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where each active unit's own report of the year stands: not_started, drafted, reconciled or published (organisation-wide readers) */
        get: operations["ReportGeneratorController_unitStates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/annual-reports/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a published annual report against the national format and its reconciliation rules; the figures read, each deviation, each broken rule (any logged-in person) */
        post: operations["AnnualReportsController_check"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/annual-reports/check-batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check several published annual reports in one go: per file the body and year read, its errors and warnings, or why it could not be read (any logged-in person) */
        post: operations["AnnualReportsController_checkBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 操作日志: changes to units, people, roles, signer levels, tokens, sign-off settings and report locks, newest first (auditors, admins) */
        get: operations["AuditLogController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit-log/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The whole operation log as a JSON file, in order, with the result of verifying its hash chain and its latest daily anchor */
        get: operations["AuditLogController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit-log/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The log's hash chain verified, and held against the latest daily anchor of the log (whose digest is in the auditors' mail) */
        get: operations["AuditLogController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with email and password; rate limited per address and email
         * @description Answers the bearer token for integrations and also sets the console's session: an httpOnly cookie and a readable CSRF cookie to echo in x-csrf-token.
         */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the console session: clears its cookies (a bearer token simply expires) */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who the server takes you to be: roles and unit as recorded */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your own password (required after a one-time password)
         * @description Ends every session of the person, this one included. A console session (the cookie) gets fresh session cookies so the console carries on; a bearer token logs in again.
         */
        post: operations["AuthController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuthController_listTokens"];
        put?: never;
        /** Create an API token for an integration; it acts with your roles and unit */
        post: operations["AuthController_createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of your API tokens */
        delete: operations["AuthController_revokeToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/holds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open cases a published calendar is held back from (a breach recorded, an order issued, a level escalated): they count on their old calendar until a coordinator decides */
        get: operations["CalendarController_holds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/holds/{caseType}/{caseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A coordinator's decision on a held case: apply moves its deadlines to the calendar in force (the breach or order stays on record), keep leaves the old dates; the case records it */
        post: operations["CalendarController_decideHold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/readiness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether next year's calendar is in force; from 1 November a warning, with the count of open deadlines left provisional */
        get: operations["CalendarController_readiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every calendar version, oldest first: shipped notices, loads and corrections; none is ever overwritten */
        get: operations["CalendarController_versions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/versions/{v}/impact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every open deadline (documents, tasks, supervision orders, requests) this version would move, with the date now and the date under it */
        get: operations["CalendarController_impact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/versions/{v}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put a draft version in force (admin): every open case recounts and records its moves, each unit gets one email listing them */
        post: operations["CalendarController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Load or correct a year's holiday notice as a new draft version (admin); the same content again is the version it already is (200, created: false) */
        put: operations["CalendarController_load"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Calls to make (coordinators): open calls due on or before `on` (default today), most urgent tasks first */
        get: operations["CallsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a call: answered (contactName, summary, promisedOn) or unreachable (called again the next working day; after SUPERVISION_MAX_UNREACHABLE_TRIES the leader is told) */
        post: operations["CallsController_outcome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/circulars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The archived circulars, latest first */
        get: operations["CircularsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/circulars/{year}/{quarter}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One archived circular: ranking, last-place units, interviews, the mail's text */
        get: operations["CircularsController_get"];
        put?: never;
        /** Issue a quarter's circular (coordinators) once it has ended: ranking, mail with .docx and .xlsx, last-place letters and tasks; again returns the archive, force=true sends it anew */
        post: operations["CircularsController_issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/circulars/{year}/{quarter}/circular.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The circular as sent, .docx */
        get: operations["CircularsController_docx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/circulars/{year}/{quarter}/ranking.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ranking as sent, .xlsx */
        get: operations["CircularsController_xlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/daily-urging/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a day's urging now (coordinators), as the 09:00 schedule does: digests and calls; nothing on a rest day; a rerun sends nothing twice */
        post: operations["DailyUrgingController_run"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List documents: by unit, period of registration, attribute, status, overdue */
        get: operations["DocumentsController_list"];
        put?: never;
        /** Register a document (the caller drafts it); set its disclosure attribute now (attribute-first rule) */
        post: operations["DocumentsController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One document, with its sign-off plan and signatures while it is open, and the changes the caller may make */
        get: operations["DocumentsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve the current level (that level's signer) */
        post: operations["DocumentsController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/attribute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set or change the disclosure attribute (drafter; before submission or after a return) */
        put: operations["DocumentsController_setAttribute"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/attribute-change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a change of attribute after the signing (coordinator or admin, with a reason) as a new entry of the signed trail; made proactive, a closed document goes to publication */
        post: operations["DocumentsController_changeAttribute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a sign-off in review, with a reason (coordinator or admin): the drafter and the signer are told */
        post: operations["DocumentsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/delegate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand the current level to another signer (the level's signer; recorded) */
        post: operations["DocumentsController_delegate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/propose-attribute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose another disclosure attribute, with a reason; the document goes back to the drafter */
        post: operations["DocumentsController_proposeAttribute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/publication": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the publication of a signed proactive document; a file differing from the signed version is flagged */
        post: operations["DocumentsController_recordPublication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reassign a level whose signer is away or gone (coordinator or admin) */
        post: operations["DocumentsController_reassign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/repeal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the repeal of a signed regulation or normative document (coordinator or admin; recorded with who, when and by what) */
        post: operations["DocumentRepealController_repeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Return to the drafter for revision (a comment is required) */
        post: operations["DocumentsController_returnForRevision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit for sign-off (drafter); after a return, send the revision as bodyText or file */
        post: operations["DocumentsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/trail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The document's trail as JSON, with the result of verifying its hash chain */
        get: operations["TrailController_trail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/trail/certificate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审签留痕证明: a readable certificate of the trail, in Chinese (HTML, printable) */
        get: operations["TrailController_certificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/trail/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The trail as a JSON file to keep */
        get: operations["TrailController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/trail/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recompute the hash chain; names the first altered entry */
        get: operations["TrailController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The document's versions, first to last, each with its SHA-256 */
        get: operations["DocumentsController_versions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a draft or a returned document (its drafter): the sign-off ends, the trail records it */
        post: operations["DocumentsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Outbox messages, newest first: status, keyPrefix (e.g. digest:), paged */
        get: operations["MailLogController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mail/{key}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** One more attempt for a dead message, under the same key (so the same Message-ID) */
        post: operations["MailLogController_resend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/moving-in/regulations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import the regulations and normative documents in force (.xlsx: 类型, 名称, 文号, 印发日期, 制发单位), counted in section 二; all or nothing; dryRun=true previews */
        post: operations["MovingInController_importRegulations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/moving-in/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import the information requests open before the system (.xlsx: 办理单位, 申请人类型, 申请人, 联系方式, 申请渠道, 收到日期, 申请内容, and the steps so far); all or nothing, every bad row listed; dryRun=true previews */
        post: operations["MovingInController_importRequests"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List people, paged; unit contacts and signers see only their own unit */
        get: operations["PeopleController_list"];
        put?: never;
        /** Create a person; the answer carries a one-time password, shown once */
        post: operations["PeopleController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PeopleController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["PeopleController_update"];
        trace?: never;
    };
    "/api/people/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PeopleController_deactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PeopleController_reactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a new one-time password, shown once */
        post: operations["PeopleController_resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import people from .xlsx or CSV (姓名, 邮箱, 单位, 角色, 审签级别); all or nothing, matched by email */
        post: operations["RegistryImportController_importPeople"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The plans, newest year first */
        get: operations["PlansController_list"];
        put?: never;
        /** Register an annual work plan (coordinators) */
        post: operations["PlansController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A plan, its responsibility letters and how many tasks it holds */
        get: operations["PlansController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach a responsibility letter (责任书), optionally naming the unit that signed it */
        post: operations["PlansController_attach"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/letters/{letterId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a responsibility letter (the office, auditors, and the unit it is for) */
        get: operations["PlansController_letter"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proactive-figures/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The year's section 二: the units' figures and their total, and regulations and normative documents issued, repealed, in force */
        get: operations["ProactiveFiguresController_get"];
        /** Enter a unit's 行政许可, 行政处罚, 行政强制 decisions and 行政事业性收费 (万元) for the year */
        put: operations["ProactiveFiguresController_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List requests: by unit, year received, status, overdue, outcome, carried over; unit contacts see their unit only */
        get: operations["RequestsController_list"];
        put?: never;
        /** Register an information request (依申请公开) for a handling unit; its statutory clock starts */
        post: operations["RequestsController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One request, with its statutory clock read today and explained */
        get: operations["RequestsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close with the answer: one leaf row of the report as outcome, the answer date, the answer as text or file */
        post: operations["RequestsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/consultation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask a third party for its opinion (art. 32: 15 working days); the clock pauses */
        post: operations["RequestsController_consultation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/consultation/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the third party's opinion (or the end of the consultation); the clock runs again */
        post: operations["RequestsController_endConsultation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/correction-notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the one correction notice (art. 30: within 7 working days of receipt); the clock stops */
        post: operations["RequestsController_correctionNotice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/correction-received": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the corrected request; the answer period starts again from it */
        post: operations["RequestsController_correctionReceived"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The request's record: every statutory event, reminder and breach, in order */
        get: operations["RequestsController_events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/extension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve the one extension of at most 20 working days (art. 33: the office head; coordinator or admin) */
        post: operations["RequestsController_extension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/registration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct the registration (requester name, contact, content, channel; receipt date and requester type by the office with a reason); old and new values are recorded, the clock follows */
        post: operations["RequestsController_correctRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Transfer (转办) to another active handling unit with a reason; the clock is unchanged (counted from the receipt by the body) */
        post: operations["RequestsController_transfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review-litigation-cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List cases by year, kind and result */
        get: operations["ReviewLitigationController_list"];
        put?: never;
        /** Record an administrative review or lawsuit about disclosure (section 四 of the annual report) */
        post: operations["ReviewLitigationController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review-litigation-cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Record the result of a case (维持, 纠正, 其他, or back to 尚未审结) */
        patch: operations["ReviewLitigationController_updateResult"];
        trace?: never;
    };
    "/api/supervision-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Supervision orders (a unit contact sees their own unit's): unitId, level, status */
        get: operations["SupervisionOrdersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision-orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One supervision order */
        get: operations["SupervisionOrdersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision-orders/{id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The unit's written reply; without one by the deadline the unit's leader is told */
        post: operations["SupervisionOrdersController_reply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List tasks (a unit contact sees only their own unit's): unitId, planId, status, open, source, overdue, dueFrom, dueTo, q; sort by due date */
        get: operations["TasksController_list"];
        put?: never;
        /** Assign a task to a unit (coordinators): due date or time limit; its workflow starts at once */
        post: operations["TasksController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One task with its evidence */
        get: operations["TasksController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a task with a reason (coordinators): its workflow ends, it leaves the scores, its history stays */
        post: operations["TasksController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change a task's due date with a reason (coordinators): reminders, overdue notice and order follow the new date */
        post: operations["TasksController_changeDue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/evidence/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an evidence file */
        get: operations["TasksController_evidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/extension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for a later due date with a reason and, optionally, evidence as a submission's (延期申请; the task's unit); a coordinator decides */
        post: operations["TasksController_requestExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/extension/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve or refuse the pending extension with a reason (coordinators, never of the unit that asked); an approval re-arms the timers */
        post: operations["TasksController_decideExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The task's append-only history: assignment, actions, reminders, orders, calls */
        get: operations["TasksController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Note progress; returns the history */
        post: operations["TasksController_progress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the submission back with a reason (coordinators) */
        post: operations["TasksController_returnForRework"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start work (the unit's people, coordinators) */
        post: operations["TasksController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report the task done with evidence: note, links, small files (at least one link or file) */
        post: operations["TasksController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand the task to another active unit with a reason (转办, coordinators): its contacts are told; the old unit no longer sees it */
        post: operations["TasksController_transfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept the submission and close the task (coordinators) */
        post: operations["TasksController_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ledger as .xlsx, one row per task, with the list's filters (a unit contact gets their own unit only) */
        get: operations["TasksController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import the ledger from .xlsx (任务名称, 责任单位, 办理时限, 来源, 责任人邮箱, 方案); all or nothing, every bad row listed; dryRun=true only checks */
        post: operations["TasksController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trails/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every trail of the documents the filters select, as one file for the archive, with a manifest of each document's chain head */
        get: operations["TrailArchiveController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List units, paged; unit contacts and signers see only their own unit */
        get: operations["UnitsController_list"];
        put?: never;
        /** Create a unit (coordinator or admin) */
        post: operations["UnitsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UnitsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["UnitsController_update"];
        trace?: never;
    };
    "/api/units/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate a unit with no active sub-units or people; it is kept for history */
        post: operations["UnitsController_deactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UnitsController_reactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/{id}/signoff-config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The unit's sign-off levels and time limits (the defaults when it has none of its own) */
        get: operations["SignOffConfigController_get"];
        /** Set the unit's sign-off levels, signers and time limits (coordinator or admin); applies from the next submission */
        put: operations["SignOffConfigController_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import units from .xlsx or CSV (名称, 上级单位, 联系邮箱, 联系电话, 领导邮箱); all or nothing, matched by name */
        post: operations["RegistryImportController_importUnits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the database and Temporal answer; 503 when either does not */
        get: operations["HealthController_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ActorDto: {
            email: string;
            name: string;
            /** Format: uuid */
            personId: string;
            roles: ("admin" | "coordinator" | "unit_contact" | "signer" | "auditor")[];
            /** @description 1, 2 or 3 for a signer */
            signerLevel: number | null;
            unitId: string | null;
            /** @enum {string} */
            via: "password" | "api_token";
        };
        AmendmentDto: {
            /** @example 一件申请的办理结果登记有误，应为部分公开 */
            reason: string;
        };
        ApiTokenDto: {
            createdAt: string;
            expiresAt: string | null;
            id: string;
            lastUsedAt: string | null;
            name: string;
        };
        ApproveDto: {
            /** @example 同意。 */
            comment?: string;
        };
        AuditAnchorDto: {
            /** @description the anchored day (Beijing time) */
            day: string;
            /** @description the day's digest, as mailed to the auditors */
            digest: string;
            hash: string;
            /** @description the log's head that day: its entry number */
            seq: number;
        };
        AuditBreakDto: {
            /** @description why, in Chinese */
            reason: string;
            seq: number;
        };
        AuditEntryDto: {
            /** @example PATCH /api/units/:id */
            action: string;
            actorId: string;
            actorName: string;
            /** @description the client address the change came from */
            address: string;
            /** @description the record after the change (null when deleted) */
            after: Record<string, never> | null;
            /** @description the record before the change, as people read it (null when created) */
            before: Record<string, never> | null;
            entityId: string | null;
            /** @example unit */
            entityType: string;
            hash: string;
            /** @description the ISO instant, exactly as hashed */
            occurredAt: string;
            prevHash: string;
            seq: number;
        };
        AuditLogExportDto: {
            entries: components["schemas"]["AuditEntryDto"][];
            exportedAt: string;
            verification: components["schemas"]["AuditLogVerificationDto"];
        };
        AuditLogPageDto: {
            items: components["schemas"]["AuditEntryDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        AuditLogVerificationDto: {
            anchor: components["schemas"]["AuditAnchorDto"] | null;
            /**
             * @description the rows against the latest daily anchor; none before the first
             * @enum {string}
             */
            anchorCheck: "passed" | "failed" | "none";
            entries: number;
            firstBroken: components["schemas"]["AuditBreakDto"] | null;
            valid: boolean;
        };
        CalendarAmendmentDto: {
            notice: string;
            /** @example 2020-01-27 */
            published: string;
            summary?: string;
            title: string;
        };
        CalendarHoldDecisionDto: {
            /**
             * @description apply: the case's deadlines move to the calendar in force (the breach or order stays on record); keep: the old dates stand
             * @enum {string}
             */
            decision: "apply" | "keep";
            reason: string;
        };
        CalendarHoldDto: {
            caseId: string;
            /** @description the document's or task's title, the request's number */
            caseLabel: string;
            /** @enum {string} */
            caseType: "document" | "task" | "request";
            /** @description set when a coordinator kept the old dates (the day) */
            keptOn: string | null;
            moves: components["schemas"]["HeldMoveDto"][];
            notice: string;
            unitId: string;
            /** @description the version held back */
            version: number;
        };
        CalendarHoldReceiptDto: {
            /** @enum {string} */
            decision: "apply" | "keep";
            /** @description the deadlines the decision moved */
            moves: components["schemas"]["DeadlineMoveDto"][];
        };
        CalendarHoldsDto: {
            /** @description open cases that had acted on a deadline a published calendar moves: they count on their old calendar until a coordinator decides */
            holds: components["schemas"]["CalendarHoldDto"][];
            /** @description open cases Temporal did not answer for now (not listed) */
            unreached: number;
        };
        CalendarImpactDto: {
            /** @description every open deadline this version would move */
            moves: components["schemas"]["DeadlineMoveDto"][];
            version: components["schemas"]["CalendarVersionDto"];
        };
        CalendarLoadDto: {
            content: components["schemas"]["CalendarYearDto"];
            contentHash: string;
            /** @description false when the same content was loaded already: no new version */
            created: boolean;
            /** @description whether this is the year's version in force */
            inForce: boolean;
            loadedAt: string;
            /** @description null for a notice shipped with the release */
            loadedBy: string | null;
            notice: string;
            /** @description the notice's publication date */
            published: string;
            publishedAt: string | null;
            /** @enum {string} */
            status: "draft" | "published";
            title: string;
            /** @description numbered in load order, never reused */
            version: number;
            year: number;
        };
        CalendarPublishDto: {
            /** @description every open deadline this version would move */
            moves: components["schemas"]["DeadlineMoveDto"][];
            /** @description open cases Temporal could not be told of the publication now: told again on every publication and every PENDING_START_INTERVAL (their moves are not in `moves` when they could not be asked either; their units are mailed them when told) */
            pending: number;
            version: components["schemas"]["CalendarVersionDto"];
        };
        CalendarReadinessDto: {
            /** @description whether next year's calendar is in force */
            loaded: boolean;
            /** @example 2027 */
            nextYear: number;
            /** @description open deadlines computed Monday to Friday past the calendar in force (documents, tasks, supervision orders, requests) */
            provisionalDeadlines: number;
            /**
             * @description the day the warning starts this year
             * @example 2026-11-01
             */
            warnFrom: string;
            /** @description from 1 November while next year's calendar is not in force */
            warning: boolean;
        };
        CalendarVersionDto: {
            content: components["schemas"]["CalendarYearDto"];
            contentHash: string;
            /** @description whether this is the year's version in force */
            inForce: boolean;
            loadedAt: string;
            /** @description null for a notice shipped with the release */
            loadedBy: string | null;
            notice: string;
            /** @description the notice's publication date */
            published: string;
            publishedAt: string | null;
            /** @enum {string} */
            status: "draft" | "published";
            title: string;
            /** @description numbered in load order, never reused */
            version: number;
            year: number;
        };
        CalendarYearDto: {
            amendments?: components["schemas"]["CalendarAmendmentDto"][];
            holidays: components["schemas"]["HolidayRangeDto"][];
            makeupWorkdays: components["schemas"]["MakeupWorkdayDto"][];
            /** @example 国办发明电〔2025〕7号 */
            notice: string;
            /** @example 2025-11-04 */
            published: string;
            /** @example 国务院办公厅关于2026年部分节假日安排的通知 */
            title: string;
            /** @example 2026 */
            year: number;
        };
        CallAttemptDto: {
            attempt: number;
            calledOn: string;
            contactName: string | null;
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            outcome: "answered" | "unreachable";
            promisedOn: string | null;
            summary: string | null;
        };
        CallDto: {
            attempts: components["schemas"]["CallAttemptDto"][];
            /** @description the day to call: the planned day, or the next working day after an unreachable try */
            callOn: string;
            /** Format: uuid */
            id: string;
            /** @description overdue first, then at risk */
            items: components["schemas"]["CallItemDto"][];
            phone: string | null;
            plannedOn: string;
            /** @enum {string} */
            status: "open" | "done" | "escalated";
            /** Format: uuid */
            unitId: string;
            unitName: string | null;
        };
        CallItemDto: {
            /** @example 2026-12-01 */
            due: string;
            overdueWorkingDays: number;
            /** @enum {string} */
            reason: "overdue" | "at_risk";
            /** Format: uuid */
            taskId: string;
            title: string;
            workingDaysLeft: number;
        };
        CallOutcomeDto: {
            /** @description who answered (required when answered) */
            contactName?: string;
            /** @enum {string} */
            outcome: "answered" | "unreachable";
            /**
             * @description the date the unit promised
             * @example 2026-12-01
             */
            promisedOn?: string;
            /** @description what was said (required when answered) */
            summary?: string;
        };
        CallOutcomeResultDto: {
            attempt: number;
            callOn: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            next: "retry" | "done" | "escalate_to_leader";
            /** @enum {string} */
            status: "open" | "done" | "escalated";
        };
        CallPageDto: {
            items: components["schemas"]["CallDto"][];
            /** @description unreachable tries in a row before the unit's leader is told (SUPERVISION_MAX_UNREACHABLE_TRIES) */
            maxUnreachableTries: number;
            page: number;
            pageSize: number;
            total: number;
        };
        CancelSignOffDto: {
            /** @example 文件已由上级统一印发，本单位不再发文 */
            reason: string;
        };
        CaseDto: {
            createdAt: string;
            /** Format: uuid */
            createdBy: string;
            decidedOn: string | null;
            filedOn: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "administrative_review" | "litigation_direct" | "litigation_after_review";
            /** @example 行政复议 */
            kindLabel: string;
            reference: string | null;
            relatedRequestId: string | null;
            /** @enum {string} */
            result: "upheld" | "corrected" | "other" | "pending";
            /** @example 尚未审结 */
            resultLabel: string;
            summary: string | null;
            updatedAt: string;
            /** Format: uuid */
            updatedBy: string;
            year: number;
        };
        CasePageDto: {
            items: components["schemas"]["CaseDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        ChangeAttributeDto: {
            /** @enum {string} */
            attribute: "proactive" | "on_request" | "withheld";
            /** @example 涉及第三方商业秘密 */
            reason: string;
            /** @enum {string} */
            withholdingBasis?: "state_secret" | "prohibited_by_law" | "three_securities_one_stability" | "third_party_rights" | "internal_affairs" | "process_information" | "enforcement_file" | "administrative_query";
        };
        ChangePasswordDto: {
            currentPassword: string;
            newPassword: string;
        };
        CircularContentDto: {
            /** @description items due below which a unit is listed apart */
            minItemsDue: number;
            period: components["schemas"]["CircularPeriodDto"];
            /** @example 2026年第三季度 */
            quarterLabel: string;
            rectificationPlanDue: string | null;
            rows: components["schemas"]["CircularRowDto"][];
            /** @description the scoring rule with its weights, in Chinese */
            scoringNote: string;
            /** @description the ranking as printed in the .docx and .xlsx */
            table: components["schemas"]["CircularTableDto"];
            title: string;
            unranked: components["schemas"]["UnrankedUnitDto"][];
        };
        CircularDto: {
            circular: components["schemas"]["CircularContentDto"];
            /** @description the mail's HTML, with the score chart inline */
            html: string;
            interviews: components["schemas"]["InterviewDto"][];
            issuedOn: string;
            lastPlace: components["schemas"]["LastPlaceUnitDto"][];
            /** @enum {number} */
            quarter: 1 | 2 | 3 | 4;
            /** @example 2026-Q3 */
            quarterKey: string;
            /** @description how many times its mail went out */
            sends: number;
            subject: string;
            /** @description the mail's plain text */
            text: string;
            title: string;
            year: number;
        };
        CircularIssuedDto: {
            circular: components["schemas"]["CircularContentDto"];
            /** @description the mail's HTML, with the score chart inline */
            html: string;
            interviews: components["schemas"]["InterviewDto"][];
            issuedOn: string;
            lastPlace: components["schemas"]["LastPlaceUnitDto"][];
            /** @enum {number} */
            quarter: 1 | 2 | 3 | 4;
            /** @example 2026-Q3 */
            quarterKey: string;
            /** @description the issuing workflow's result */
            run: {
                [key: string]: unknown;
            };
            /** @description how many times its mail went out */
            sends: number;
            subject: string;
            /** @description the mail's plain text */
            text: string;
            title: string;
            year: number;
        };
        CircularListDto: {
            /** @description latest first */
            items: components["schemas"]["CircularSummaryDto"][];
        };
        CircularPeriodDto: {
            from: string;
            to: string;
        };
        CircularRowDto: {
            onTimeCompletion: number | null;
            overdueTasks: number;
            overdueWorkingDays: number;
            rank: number;
            requestTimeliness: number | null;
            score: number;
            signOffTimeliness: number | null;
            tasksDue: number;
            tied: boolean;
            /** Format: uuid */
            unitId: string;
            unitName: string;
        };
        CircularSummaryDto: {
            interviews: components["schemas"]["InterviewDto"][];
            issuedOn: string;
            lastPlace: components["schemas"]["LastPlaceUnitDto"][];
            /** @enum {number} */
            quarter: 1 | 2 | 3 | 4;
            /** @example 2026-Q3 */
            quarterKey: string;
            /** @description how many times its mail went out */
            sends: number;
            title: string;
            year: number;
        };
        CircularTableDto: {
            headers: string[];
            rows: string[][];
        };
        CloseDto: {
            /**
             * @description the date of the answer
             * @example 2024-10-30
             */
            answeredOn: string;
            answerFile?: components["schemas"]["UploadedFileDto"];
            /** @description the answer as text (or send answerFile) */
            answerText?: string;
            /**
             * @description exactly one leaf row of the annual report’s section 三
             * @enum {string}
             */
            outcome: "granted" | "partly_granted" | "withheld.state_secret" | "withheld.prohibited_by_law" | "withheld.security_and_stability" | "withheld.third_party_rights" | "withheld.internal_affairs" | "withheld.process_information" | "withheld.enforcement_case_file" | "withheld.administrative_query" | "unavailable.not_held" | "unavailable.needs_creation" | "unavailable.unclear_after_correction" | "not_processed.petition_or_complaint" | "not_processed.repeated" | "not_processed.publication" | "not_processed.excessive" | "not_processed.confirm_or_reissue" | "other.correction_not_made" | "other.fee_not_paid" | "other.other";
        };
        ConsultationDto: {
            /**
             * @description the third party (or other body) asked for its opinion
             * @example 某某有限公司
             */
            party: string;
            /** @description the day the opinion was asked for (default today) */
            startedOn?: string;
        };
        CorrectionNoticeDto: {
            /**
             * @description the date by which the requester must correct, as the notice states it
             * @example 2024-10-22
             */
            correctionDue: string;
            /**
             * @description the day the one correction notice was sent (default today)
             * @example 2024-10-08
             */
            sentOn?: string;
        };
        CorrectionReceivedDto: {
            /**
             * @description why a correction after its due date still counts
             * @example 邮政延误
             */
            goodReason?: string;
            /** @description the day the corrected request was received (default today) */
            receivedOn?: string;
        };
        CorrectRegistrationDto: {
            /** @example 申请公开某某项目的环境影响评价批复文件 */
            content?: string;
            /**
             * @description why; required when receivedOn or requesterType changes
             * @example 收件登记时误录
             */
            reason?: string;
            /**
             * @description art. 31: how the request arrived decides its receipt date
             * @enum {string}
             */
            receiptChannel?: "in_person" | "registered_post" | "ordinary_letter" | "online" | "fax";
            /**
             * @description the receipt date under art. 31; never in the future
             * @example 2024-09-27
             */
            receivedOn?: string;
            /** @example 13800000000；某市某区某路1号 */
            requesterContact?: string;
            /** @example 张某 */
            requesterName?: string;
            /**
             * @description the requester's column in the annual report
             * @enum {string}
             */
            requesterType?: "natural_person" | "commercial_enterprise" | "research_institution" | "social_welfare_org" | "legal_service_org" | "other_org";
        };
        CreateApiTokenDto: {
            /** @description days until it expires; omitted: it never expires */
            expiresInDays?: number;
            /** @example OA system sync */
            name: string;
        };
        CreateCaseDto: {
            /** @description when the result was decided; only with a result other than pending */
            decidedOn?: string;
            /** @example 2026-03-02 */
            filedOn?: string;
            /** @enum {string} */
            kind: "administrative_review" | "litigation_direct" | "litigation_after_review";
            /** @example 某府复〔2026〕12号 */
            reference?: string;
            /**
             * Format: uuid
             * @description the information request the case is about
             */
            relatedRequestId?: string;
            /**
             * @default pending
             * @enum {string}
             */
            result: "upheld" | "corrected" | "other" | "pending";
            summary?: string;
            /**
             * @description the report year the case is counted in
             * @example 2026
             */
            year: number;
        };
        CreatedApiTokenDto: {
            createdAt: string;
            expiresAt: string | null;
            id: string;
            lastUsedAt: string | null;
            name: string;
            /** @description shown once: store it now */
            token: string;
        };
        CreateDocumentDto: {
            /**
             * @description set at registration (attribute-first rule); required before submission
             * @enum {string}
             */
            attribute?: "proactive" | "on_request" | "withheld";
            /** @description the text of the document (or send file) */
            bodyText?: string;
            /** @enum {string} */
            documentType: "regulation" | "normative_document" | "policy_interpretation" | "work_document" | "other";
            file?: components["schemas"]["UploadedFileDto"];
            /** @example 某某区政务公开工作要点 */
            title: string;
            /**
             * Format: uuid
             * @description the drafting unit; a unit contact may name only their own (default)
             */
            unitId?: string;
            /**
             * @description required when attribute is withheld
             * @enum {string}
             */
            withholdingBasis?: "state_secret" | "prohibited_by_law" | "three_securities_one_stability" | "third_party_rights" | "internal_affairs" | "process_information" | "enforcement_file" | "administrative_query";
        };
        CreatePersonDto: {
            /** @example zhangsan@jyj.example.cn */
            email: string;
            /** @example 张三 */
            name: string;
            roles: ("admin" | "coordinator" | "unit_contact" | "signer" | "auditor")[];
            /** @enum {number|null} */
            signerLevel?: 1 | 2 | 3 | null;
            /** Format: uuid */
            unitId?: string | null;
        };
        CreatePlanDto: {
            /** @example 2026年政务公开工作方案 */
            title: string;
            /** @example 2026 */
            year: number;
        };
        CreateRequestDto: {
            /** @example 申请公开某某项目的环境影响评价批复文件 */
            content: string;
            /**
             * @description art. 31: how the request arrived decides its receipt date
             * @enum {string}
             */
            receiptChannel: "in_person" | "registered_post" | "ordinary_letter" | "online" | "fax";
            /**
             * @description the receipt date under art. 31; never in the future
             * @example 2024-09-27
             */
            receivedOn: string;
            /** @example 13800000000；某市某区某路1号 */
            requesterContact: string;
            /** @example 张某 */
            requesterName: string;
            /**
             * @description the requester's column in the annual report
             * @enum {string}
             */
            requesterType: "natural_person" | "commercial_enterprise" | "research_institution" | "social_welfare_org" | "legal_service_org" | "other_org";
            /**
             * Format: uuid
             * @description the handling unit
             */
            unitId: string;
        };
        CreateTaskDto: {
            /**
             * @description the due date (or send timeLimit)
             * @example 2026-12-31
             */
            dueOn?: string;
            /**
             * Format: uuid
             * @description the person in the unit who answers for the task
             */
            ownerId?: string;
            /**
             * Format: uuid
             * @description the plan the task comes from
             */
            planId?: string;
            /**
             * @default plan
             * @enum {string}
             */
            source: "plan" | "inspection" | "last_place_reminder";
            /**
             * @description a time limit from now instead of a date: working days (10wd) or a duration (4h) for urgent tasks
             * @example 10wd
             */
            timeLimit?: string;
            /** @example 更新政府信息公开指南 */
            title: string;
            /**
             * Format: uuid
             * @description the responsible unit
             */
            unitId: string;
        };
        CreateUnitDto: {
            /**
             * @example [
             *       "gkb@jyj.example.cn"
             *     ]
             */
            contactEmails?: string[];
            /** @example 0571-88880000 */
            contactPhone?: string | null;
            /** @example juzhang@jyj.example.cn */
            leaderEmail?: string | null;
            /** @example 区教育局 */
            name: string;
            /**
             * Format: uuid
             * @description the parent unit's id
             */
            parentId?: string | null;
        };
        DeadlineMoveDto: {
            caseId: string;
            /** @description the document's or task's title, the request's number */
            caseLabel: string;
            /** @enum {string} */
            caseType: "document" | "task" | "request";
            /** @description the date in force now */
            from: string | null;
            /** @description already acted on (breach recorded, order issued, level escalated): kept, recorded for a coordinator */
            held: boolean;
            /** @enum {string} */
            kind: "document_level" | "document_publication" | "task_due" | "order_reply" | "request_answer" | "request_correction_notice";
            /** @description the date under this version */
            to: string | null;
            unitId: string;
        };
        DelegateDto: {
            reason?: string;
            /** Format: uuid */
            toPersonId: string;
        };
        DocumentCountsDto: {
            /** @description 现行有效件数 at the year end */
            inForce: number;
            /** @description 本年制发件数: signed in the year */
            issued: number;
            /** @description 本年废止件数 */
            repealed: number;
        };
        DocumentDetailDto: {
            /** @enum {string|null} */
            attribute: "proactive" | "on_request" | "withheld" | null;
            /** @description what the caller may change now besides the decisions: withdraw (the drafter), cancel (the office, in review), changeAttribute (the office, once signed); the routes still decide */
            changes: ("withdraw" | "cancel" | "changeAttribute")[];
            createdAt: string;
            currentLevel: number | null;
            currentSignerId: string | null;
            /** @description a deadline ran past the published calendar years and assumed Monday to Friday */
            deadlineProvisional: boolean;
            /** @enum {string} */
            documentType: "regulation" | "normative_document" | "policy_interpretation" | "work_document" | "other";
            /** Format: uuid */
            drafterId: string;
            /** Format: uuid */
            id: string;
            /** @description null outside review, or when the due day lies past the published calendar */
            levelClock: components["schemas"]["WorkingDayClockDto"] | null;
            levelDueAt: string | null;
            publicationDueOn: string | null;
            publicationOverdue: boolean;
            publicationUrl: string | null;
            publishedOn: string | null;
            round: number;
            sha256: string;
            signedAt: string | null;
            /** @description the sign-off workflow's state while it runs; null once it has finished */
            signOff: Record<string, never> | null;
            /** @enum {string} */
            status: "draft" | "in_review" | "returned" | "awaiting_publication" | "publication_flagged" | "published" | "closed" | "withdrawn" | "cancelled";
            title: string;
            /** Format: uuid */
            unitId: string;
            updatedAt: string;
            version: number;
            withholdingBasis: string | null;
        };
        DocumentDto: {
            /** @enum {string|null} */
            attribute: "proactive" | "on_request" | "withheld" | null;
            createdAt: string;
            currentLevel: number | null;
            currentSignerId: string | null;
            /** @description a deadline ran past the published calendar years and assumed Monday to Friday */
            deadlineProvisional: boolean;
            /** @enum {string} */
            documentType: "regulation" | "normative_document" | "policy_interpretation" | "work_document" | "other";
            /** Format: uuid */
            drafterId: string;
            /** Format: uuid */
            id: string;
            /** @description null outside review, or when the due day lies past the published calendar */
            levelClock: components["schemas"]["WorkingDayClockDto"] | null;
            levelDueAt: string | null;
            publicationDueOn: string | null;
            publicationOverdue: boolean;
            publicationUrl: string | null;
            publishedOn: string | null;
            round: number;
            sha256: string;
            signedAt: string | null;
            /** @enum {string} */
            status: "draft" | "in_review" | "returned" | "awaiting_publication" | "publication_flagged" | "published" | "closed" | "withdrawn" | "cancelled";
            title: string;
            /** Format: uuid */
            unitId: string;
            updatedAt: string;
            version: number;
            withholdingBasis: string | null;
        };
        DocumentPageDto: {
            items: components["schemas"]["DocumentDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        DocumentVersionDto: {
            createdAt: string;
            filename: string | null;
            mediaType: string;
            sha256: string;
            sizeBytes: number;
            /** Format: uuid */
            uploadedBy: string;
            version: number;
        };
        DueDateDto: {
            /**
             * @description the new due date (or send timeLimit); a rest day moves to the next working day
             * @example 2026-12-31
             */
            dueOn?: string;
            /** @example 佐证材料不完整，缺少公开页面截图 */
            reason: string;
            /**
             * @description a time limit from now instead of a date, as at creation
             * @example 4h
             */
            timeLimit?: string;
        };
        EmptyDto: Record<string, never>;
        EndConsultationDto: {
            /** @description the day the opinion came, or the consultation ended (default today) */
            endedOn?: string;
            /** @example 不同意公开，涉及商业秘密 */
            opinion?: string;
            /** @example 某某有限公司 */
            party: string;
        };
        /** @description 每个错误的唯一形态：code 是给集成方的稳定英文常量，message 与 details[].reason 是给人看的中文 */
        ErrorBody: {
            /** @example VALIDATION_FAILED */
            code: string;
            details: {
                field: string;
                reason: string;
                row?: number;
            }[];
            /** @example Bad Request */
            error: string;
            /** @example parentId：不是已知的单位 */
            message: string;
            statusCode: number;
        };
        EvidenceFileDto: {
            /** @description the file, base64; at most EVIDENCE_FILE_LIMIT decoded */
            contentBase64: string;
            /** @example 公开指南.pdf */
            filename: string;
            /** @example application/pdf */
            mediaType?: string;
        };
        EvidenceFileViewDto: {
            filename: string;
            /** Format: uuid */
            id: string;
            mediaType: string;
            sha256: string;
            sizeBytes: number;
        };
        ExtensionDecisionDto: {
            /** @description true approves the extension, false refuses it */
            approve: boolean;
            /** @example 佐证材料不完整，缺少公开页面截图 */
            reason: string;
        };
        ExtensionDto: {
            /** @description the day the head of the office approved (default today) */
            approvedOn?: string;
            /** @example 涉及多个部门，需调取档案 */
            reason: string;
            workingDays: number;
        };
        ExtensionEvidenceDto: {
            files: components["schemas"]["EvidenceFileViewDto"][];
            links: string[];
        };
        ExtensionRequestDto: {
            /**
             * @description the new due date (or send timeLimit); a rest day moves to the next working day
             * @example 2026-12-31
             */
            dueOn?: string;
            files?: components["schemas"]["EvidenceFileDto"][];
            /**
             * @example [
             *       "https://www.example.gov.cn/zwgk/1.html"
             *     ]
             */
            links?: string[];
            /** @example 佐证材料不完整，缺少公开页面截图 */
            reason: string;
            /**
             * @description a time limit from now instead of a date, as at creation
             * @example 4h
             */
            timeLimit?: string;
        };
        FiguresTotalDto: {
            /** @description 万元, added exactly */
            administrativeFeesWan: number;
            enforcementDecisions: number;
            licensingDecisions: number;
            penaltyDecisions: number;
        };
        HeldMoveDto: {
            /** @description the date the case keeps meanwhile */
            from: string | null;
            /** @enum {string} */
            kind: "document_level" | "document_publication" | "task_due" | "order_reply" | "request_answer" | "request_correction_notice";
            /** @description the date under the calendar held back */
            wouldBe: string | null;
        };
        HolidayRangeDto: {
            amendedBy?: string;
            /** @example 2026-01-01 */
            from: string;
            /** @example 元旦 */
            name: string;
            /** @example 2026-01-03 */
            to: string;
        };
        InterviewDto: {
            /** @description the two quarters, earlier first */
            quarters: components["schemas"]["QuarterDto"][];
            /** Format: uuid */
            unitId: string;
            unitName: string;
        };
        LastPlaceUnitDto: {
            rank: number;
            score: number;
            /** Format: uuid */
            unitId: string;
            unitName: string;
        };
        LedgerImportResultDto: {
            created: number;
            dryRun: boolean;
            rows: number;
            taskIds: string[];
        };
        LoginDto: {
            /** @example coordinator@gov.example.cn */
            email: string;
            /** @example correct horse battery staple */
            password: string;
        };
        LoginResultDto: {
            accessToken: string;
            /** @description seconds until the token expires */
            expiresIn: number;
            /** @description true while a one-time password is in use: change it before anything else */
            mustChangePassword: boolean;
            /** @example Bearer */
            tokenType: string;
        };
        MailMessageDto: {
            attempts: number;
            cc: string[];
            createdAt: string;
            /**
             * @description the idempotency key
             * @example task:…:assigned
             */
            key: string;
            /** @description the SMTP server's last refusal */
            lastError: string | null;
            sentAt: string | null;
            /** @enum {string} */
            status: "queued" | "sending" | "sent" | "failed" | "dead";
            subject: string;
            to: string[];
        };
        MailPageDto: {
            items: components["schemas"]["MailMessageDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        MakeupWorkdayDto: {
            /** @example 2026-01-04 */
            date: string;
            /** @example 元旦 */
            for: string;
        };
        OrderReplyDto: {
            /** @example 已于今日报送，逾期原因系…… */
            text: string;
        };
        PendingExtensionDto: {
            /** @example 2026-12-31 */
            dueOn: string;
            evidence: components["schemas"]["ExtensionEvidenceDto"];
            reason: string;
            requestedAt: string;
            requestedBy: string;
        };
        PersonDto: {
            active: boolean;
            createdAt: string;
            email: string;
            /** Format: uuid */
            id: string;
            name: string;
            roles: ("admin" | "coordinator" | "unit_contact" | "signer" | "auditor")[];
            /** @enum {number|null} */
            signerLevel: 1 | 2 | 3 | null;
            unitId: string | null;
            updatedAt: string;
        };
        PersonPageDto: {
            items: components["schemas"]["PersonDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        PersonWithPasswordDto: {
            active: boolean;
            createdAt: string;
            email: string;
            /** Format: uuid */
            id: string;
            name: string;
            /** @description a one-time password, shown once; the person must change it at first login */
            oneTimePassword: string;
            roles: ("admin" | "coordinator" | "unit_contact" | "signer" | "auditor")[];
            /** @enum {number|null} */
            signerLevel: 1 | 2 | 3 | null;
            unitId: string | null;
            updatedAt: string;
        };
        PlanDetailDto: {
            createdAt: string;
            /** Format: uuid */
            id: string;
            letters: components["schemas"]["PlanLetterViewDto"][];
            tasks: number;
            title: string;
            year: number;
        };
        PlanDto: {
            createdAt: string;
            /** Format: uuid */
            id: string;
            title: string;
            year: number;
        };
        PlanLetterDto: {
            /** @description the file, base64; at most EVIDENCE_FILE_LIMIT decoded */
            contentBase64: string;
            /** @example 公开指南.pdf */
            filename: string;
            /** @example application/pdf */
            mediaType?: string;
            /**
             * Format: uuid
             * @description the unit that signed the letter
             */
            unitId?: string;
        };
        PlanLetterViewDto: {
            createdAt: string;
            filename: string;
            /** Format: uuid */
            id: string;
            mediaType: string;
            sizeBytes: number;
            unitId: string | null;
        };
        PlanListDto: {
            items: components["schemas"]["PlanDto"][];
        };
        ProactiveYearDto: {
            /** @description 行政规范性文件, from the sign-off documents */
            normativeDocuments: components["schemas"]["DocumentCountsDto"];
            /** @description 规章, from the sign-off documents */
            regulations: components["schemas"]["DocumentCountsDto"];
            total: components["schemas"]["FiguresTotalDto"];
            units: components["schemas"]["UnitFiguresDto"][];
            year: number;
        };
        ProgressDto: {
            /** @example 已完成初稿，正在审核 */
            note: string;
        };
        ProposeAttributeDto: {
            /** @enum {string} */
            attribute: "proactive" | "on_request" | "withheld";
            /** @example 涉及第三方商业秘密 */
            reason: string;
            /** @enum {string} */
            withholdingBasis?: "state_secret" | "prohibited_by_law" | "three_securities_one_stability" | "third_party_rights" | "internal_affairs" | "process_information" | "enforcement_file" | "administrative_query";
        };
        PublicationTimingDto: {
            /** @example 20wd */
            due: string;
            /** @example 5wd */
            overdueRemindEvery: string;
            /** @example 3wd */
            remindBefore: string;
        };
        PutProactiveFiguresDto: {
            /**
             * @description 行政事业性收费 in 万元, at most 6 decimals (1 分)
             * @example 12.35
             */
            administrativeFeesWan: number;
            /** @description 行政强制 */
            enforcementDecisions: number;
            /** @description 行政许可: decisions made in the year */
            licensingDecisions: number;
            /** @description 行政处罚 */
            penaltyDecisions: number;
            /**
             * Format: uuid
             * @description the unit whose figures these are; a unit contact may name only their own
             */
            unitId: string;
        };
        QuarterDto: {
            /** @enum {number} */
            quarter: 1 | 2 | 3 | 4;
            /** @example 2026 */
            year: number;
        };
        ReasonDto: {
            /** @example 佐证材料不完整，缺少公开页面截图 */
            reason: string;
        };
        ReassignDto: {
            level: number;
            /** @example 原审签人出差 */
            reason: string;
            /** Format: uuid */
            signerId: string;
        };
        RecordPublicationDto: {
            /** @example 政府门户网站 */
            channel: string;
            file?: components["schemas"]["UploadedFileDto"];
            /** @example 2026-11-20 */
            publishedOn: string;
            /** @description SHA-256 of the published file (or send file) */
            publishedSha256?: string;
            /** @example https://www.example.gov.cn/zwgk/2026/1.html */
            url: string;
        };
        RegulationsImportResultDto: {
            /** @description documents recorded (0 in a preview) */
            created: number;
            dryRun: boolean;
            /** @description 行政规范性文件 among the rows */
            normativeDocuments: number;
            /** @description 规章 among the rows */
            regulations: number;
            rows: number;
        };
        RepealDto: {
            /** @example 某府发〔2026〕3号决定废止 */
            note?: string;
            /**
             * @description the day the repeal took effect
             * @example 2026-03-01
             */
            repealedOn: string;
        };
        RepealedDocumentDto: {
            /** @enum {string} */
            documentType: "regulation" | "normative_document";
            /** Format: uuid */
            id: string;
            /** @description the day it was signed (制发) */
            issuedOn: string;
            /** Format: uuid */
            repealedBy: string;
            repealedOn: string;
            repealNote: string | null;
            title: string;
            /** Format: uuid */
            unitId: string;
        };
        ReplyClockDto: {
            /** @description the reply deadline has passed */
            overdue: boolean;
            overdueWorkingDays: number;
            workingDaysLeft: number;
        };
        ReportTextsDto: {
            /**
             * @description the reporting body as the title names it
             * @example 某某区人民政府办公室
             */
            bodyName?: string;
            /** @description 六、其他需要报告的事项 */
            otherMatters: string;
            /** @description 一、总体情况 */
            overview: string;
            /** @description 五、存在的主要问题及改进情况 */
            problems: string;
        };
        RequestDetailDto: {
            answeredOn: string | null;
            answerFilename: string | null;
            /** @enum {string|null} */
            answerKind: "text" | "file" | null;
            answerSha256: string | null;
            /** @description the answer, when it was given as text */
            answerText: string | null;
            breached: boolean;
            calendarVersion: string | null;
            /** @description what the caller may change now: correct (the registration), and for the office transfer (转办) and correctOfficeFields (the receipt date and requester type); the routes still decide */
            changes: ("transfer" | "correct" | "correctOfficeFields")[];
            /** @description the statutory clock read today, with its explanation in Chinese */
            clock: Record<string, never>;
            consultationOpen: boolean;
            content: string;
            correctionDue: string | null;
            correctionReceivedOn: string | null;
            correctionRequestedOn: string | null;
            /** @enum {string} */
            countFrom: "next_day" | "same_day";
            createdAt: string;
            /** @description the due date read today; null once answered, while no period runs, or past the published calendar */
            dueClock: components["schemas"]["WorkingDayClockDto"] | null;
            dueExplanation: string | null;
            dueOn: string | null;
            extensionApprovedOn: string | null;
            extensionApprover: string | null;
            extensionWorkingDays: number | null;
            /** Format: uuid */
            id: string;
            /** @example 2026-0001 */
            number: string;
            /** @enum {string|null} */
            outcome: "granted" | "partly_granted" | "withheld.state_secret" | "withheld.prohibited_by_law" | "withheld.security_and_stability" | "withheld.third_party_rights" | "withheld.internal_affairs" | "withheld.process_information" | "withheld.enforcement_case_file" | "withheld.administrative_query" | "unavailable.not_held" | "unavailable.needs_creation" | "unavailable.unclear_after_correction" | "not_processed.petition_or_complaint" | "not_processed.repeated" | "not_processed.publication" | "not_processed.excessive" | "not_processed.confirm_or_reissue" | "other.correction_not_made" | "other.fee_not_paid" | "other.other" | null;
            /** @description the report row, e.g. （三）不予公开·1. 属于国家秘密 */
            outcomeRow: string | null;
            /** @description final once answered; as of the last step while open (GET /requests/:id has the live count) */
            overdueWorkingDays: number;
            pausedWorkingDays: number;
            /** @description the due date assumed Monday to Friday in a year with no published calendar */
            provisional: boolean;
            /** @enum {string} */
            receiptChannel: "in_person" | "registered_post" | "ordinary_letter" | "online" | "fax";
            /**
             * @description the art. 31 rule that gave the receipt date
             * @example 邮寄（需签收）：以行政机关签收之日为收到申请之日
             */
            receiptRule: string;
            receivedOn: string;
            /** Format: uuid */
            registeredBy: string;
            requesterContact: string;
            requesterName: string;
            /** @enum {string} */
            requesterType: "natural_person" | "commercial_enterprise" | "research_institution" | "social_welfare_org" | "legal_service_org" | "other_org";
            /** @enum {string} */
            status: "in_progress" | "awaiting_correction" | "consulting" | "overdue" | "answered" | "answered_late" | "abandoned";
            /** @description 办理中, 超期未答复, … */
            statusLabel: string;
            /** Format: uuid */
            unitId: string;
            updatedAt: string;
            yearReceived: number;
        };
        RequestDto: {
            answeredOn: string | null;
            answerFilename: string | null;
            /** @enum {string|null} */
            answerKind: "text" | "file" | null;
            answerSha256: string | null;
            breached: boolean;
            calendarVersion: string | null;
            consultationOpen: boolean;
            content: string;
            correctionDue: string | null;
            correctionReceivedOn: string | null;
            correctionRequestedOn: string | null;
            /** @enum {string} */
            countFrom: "next_day" | "same_day";
            createdAt: string;
            /** @description the due date read today; null once answered, while no period runs, or past the published calendar */
            dueClock: components["schemas"]["WorkingDayClockDto"] | null;
            dueExplanation: string | null;
            dueOn: string | null;
            extensionApprovedOn: string | null;
            extensionApprover: string | null;
            extensionWorkingDays: number | null;
            /** Format: uuid */
            id: string;
            /** @example 2026-0001 */
            number: string;
            /** @enum {string|null} */
            outcome: "granted" | "partly_granted" | "withheld.state_secret" | "withheld.prohibited_by_law" | "withheld.security_and_stability" | "withheld.third_party_rights" | "withheld.internal_affairs" | "withheld.process_information" | "withheld.enforcement_case_file" | "withheld.administrative_query" | "unavailable.not_held" | "unavailable.needs_creation" | "unavailable.unclear_after_correction" | "not_processed.petition_or_complaint" | "not_processed.repeated" | "not_processed.publication" | "not_processed.excessive" | "not_processed.confirm_or_reissue" | "other.correction_not_made" | "other.fee_not_paid" | "other.other" | null;
            /** @description the report row, e.g. （三）不予公开·1. 属于国家秘密 */
            outcomeRow: string | null;
            /** @description final once answered; as of the last step while open (GET /requests/:id has the live count) */
            overdueWorkingDays: number;
            pausedWorkingDays: number;
            /** @description the due date assumed Monday to Friday in a year with no published calendar */
            provisional: boolean;
            /** @enum {string} */
            receiptChannel: "in_person" | "registered_post" | "ordinary_letter" | "online" | "fax";
            receivedOn: string;
            /** Format: uuid */
            registeredBy: string;
            requesterContact: string;
            requesterName: string;
            /** @enum {string} */
            requesterType: "natural_person" | "commercial_enterprise" | "research_institution" | "social_welfare_org" | "legal_service_org" | "other_org";
            /** @enum {string} */
            status: "in_progress" | "awaiting_correction" | "consulting" | "overdue" | "answered" | "answered_late" | "abandoned";
            /** @description 办理中, 超期未答复, … */
            statusLabel: string;
            /** Format: uuid */
            unitId: string;
            updatedAt: string;
            yearReceived: number;
        };
        RequestEventDto: {
            actorId: string | null;
            actorName: string;
            actorRole: string;
            data: Record<string, never>;
            date: string;
            /** @example 发出补正通知 */
            label: string;
            occurredAt: string;
            seq: number;
            type: string;
        };
        RequestPageDto: {
            items: components["schemas"]["RequestDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        RequestsImportResultDto: {
            /** @description requests registered (0 in a preview) */
            created: number;
            dryRun: boolean;
            /** @description of the rows, the requests whose answer period has run out: breached at once */
            overdue: number;
            requestIds: string[];
            /** @description rows read */
            rows: number;
        };
        ReturnForRevisionDto: {
            /** @example 第三条表述不准确，请修改。 */
            comment: string;
        };
        SetAttributeDto: {
            /** @enum {string} */
            attribute: "proactive" | "on_request" | "withheld";
            /** @description why the attribute is set or changed (recorded in the trail) */
            reason?: string;
            /** @enum {string} */
            withholdingBasis?: "state_secret" | "prohibited_by_law" | "three_securities_one_stability" | "third_party_rights" | "internal_affairs" | "process_information" | "enforcement_file" | "administrative_query";
        };
        SignOffConfigDto: {
            /** @example 1wd */
            escalateAfter: string;
            levels: components["schemas"]["SignOffLevelDto"][];
            publication: components["schemas"]["PublicationTimingDto"];
            /** @example 1wd */
            remindBefore: string;
        };
        SignOffLevelDto: {
            /** @example 3wd */
            due: string;
            /** @example 1 */
            level: number;
            /**
             * Format: uuid
             * @description unset: the unit's (or a parent unit's) signer of this level
             */
            signerId?: string | null;
            /** @example 科室负责人 */
            title: string;
        };
        SubmitDto: {
            /** @description the text of the document (or send file) */
            bodyText?: string;
            file?: components["schemas"]["UploadedFileDto"];
        };
        SubmitTaskDto: {
            files?: components["schemas"]["EvidenceFileDto"][];
            /**
             * @example [
             *       "https://www.example.gov.cn/zwgk/1.html"
             *     ]
             */
            links?: string[];
            note?: string;
        };
        SupervisionOrderDto: {
            actionDemanded: string;
            escalatedAt: string | null;
            /** Format: uuid */
            id: string;
            /** @example 2026-12-01 */
            issuedOn: string;
            /**
             * @description 1 一般, 2 重点, 3 特急
             * @enum {number}
             */
            level: 1 | 2 | 3;
            /** @example 一般 */
            levelName: string;
            /** @example 督〔2026〕3号 */
            number: string;
            repliedAt: string | null;
            /** @description null once answered or escalated */
            replyClock: components["schemas"]["ReplyClockDto"] | null;
            replyDueAt: string;
            replyText: string | null;
            /** @enum {string} */
            status: "awaiting_reply" | "replied" | "escalated";
            /** Format: uuid */
            taskId: string;
            /** Format: uuid */
            unitId: string;
        };
        SupervisionOrderPageDto: {
            items: components["schemas"]["SupervisionOrderDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        TaskDetailDto: {
            /** @description what the caller may do to the task now; the routes still decide */
            actions: ("start" | "submit" | "verify" | "return" | "cancel" | "changeDue" | "transfer" | "requestExtension" | "decideExtension" | "progress")[];
            createdAt: string;
            /** @description the instant the time limit runs out */
            dueAt: string;
            /** @example 2026-12-31 */
            dueOn: string;
            evidence: components["schemas"]["TaskEvidenceDto"];
            /** Format: uuid */
            id: string;
            overdue: boolean;
            ownerId: string | null;
            pendingExtension: components["schemas"]["PendingExtensionDto"] | null;
            planId: string | null;
            returnReason: string | null;
            /** @enum {string} */
            source: "plan" | "inspection" | "last_place_reminder";
            /** @description today's count and colour in lists and the detail; null in an action's answer */
            standing: components["schemas"]["TaskStandingDto"] | null;
            /** @enum {string} */
            status: "assigned" | "in_progress" | "submitted" | "verified" | "returned" | "cancelled";
            submissions: number;
            submittedOn: string | null;
            title: string;
            /** Format: uuid */
            unitId: string;
            updatedAt: string;
            verifiedOn: string | null;
        };
        TaskDto: {
            createdAt: string;
            /** @description the instant the time limit runs out */
            dueAt: string;
            /** @example 2026-12-31 */
            dueOn: string;
            evidence: components["schemas"]["TaskEvidenceDto"];
            /** Format: uuid */
            id: string;
            overdue: boolean;
            ownerId: string | null;
            planId: string | null;
            returnReason: string | null;
            /** @enum {string} */
            source: "plan" | "inspection" | "last_place_reminder";
            /** @description today's count and colour in lists and the detail; null in an action's answer */
            standing: components["schemas"]["TaskStandingDto"] | null;
            /** @enum {string} */
            status: "assigned" | "in_progress" | "submitted" | "verified" | "returned" | "cancelled";
            submissions: number;
            submittedOn: string | null;
            title: string;
            /** Format: uuid */
            unitId: string;
            updatedAt: string;
            verifiedOn: string | null;
        };
        TaskEvidenceDto: {
            files: components["schemas"]["EvidenceFileViewDto"][];
            links: string[];
            note: string | null;
        };
        TaskHistoryDto: {
            /** @description oldest first */
            entries: components["schemas"]["TaskHistoryEntryDto"][];
        };
        TaskHistoryEntryDto: {
            actorId: string | null;
            actorName: string;
            /**
             * @description unit_contact, coordinator or system
             * @example coordinator
             */
            actorRole: string;
            /** @description what the event says: a reason, dates, a number */
            data: {
                [key: string]: unknown;
            };
            /** @example extension_approved */
            event: string;
            /** @description unique within the task, so a retried step records once */
            key: string;
            occurredAt: string;
        };
        TaskPageDto: {
            items: components["schemas"]["TaskDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        TaskStandingDto: {
            /** @description the supervision order awaiting the unit or gone to the leader */
            openOrderId: string | null;
            overdueWorkingDays: number;
            /**
             * @description blue: within the warning window; yellow: due today or late; red: an order is out or it is later
             * @enum {string|null}
             */
            warning: "blue" | "yellow" | "red" | null;
            workingDaysLeft: number;
        };
        TransferRequestDto: {
            /** @example 申请事项属区民政局职责 */
            reason: string;
            /**
             * Format: uuid
             * @description the handling unit that takes the request over (转办)
             */
            unitId: string;
        };
        TransferTaskDto: {
            /** @example 佐证材料不完整，缺少公开页面截图 */
            reason: string;
            /**
             * Format: uuid
             * @description the unit that takes the task over
             */
            unitId: string;
        };
        UnitDto: {
            active: boolean;
            contactEmails: string[];
            contactPhone: string | null;
            createdAt: string;
            /** Format: uuid */
            id: string;
            leaderEmail: string | null;
            name: string;
            parentId: string | null;
            updatedAt: string;
        };
        UnitFiguresDto: {
            /** @description 万元 */
            administrativeFeesWan: number;
            enforcementDecisions: number;
            licensingDecisions: number;
            penaltyDecisions: number;
            /** Format: uuid */
            unitId: string;
            unitName: string;
            updatedAt: string;
            /** Format: uuid */
            updatedBy: string;
        };
        UnitPageDto: {
            items: components["schemas"]["UnitDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        UnrankedUnitDto: {
            itemsDue: number;
            /** @description why it is listed apart */
            note: string;
            /** Format: uuid */
            unitId: string;
            unitName: string;
        };
        UpdateCaseResultDto: {
            /** @description when the result was decided; only with a result other than pending */
            decidedOn?: string;
            /** @enum {string} */
            result: "upheld" | "corrected" | "other" | "pending";
        };
        UpdatePersonDto: {
            email?: string;
            name?: string;
            roles?: ("admin" | "coordinator" | "unit_contact" | "signer" | "auditor")[];
            /** @enum {number|null} */
            signerLevel?: 1 | 2 | 3 | null;
            /** Format: uuid */
            unitId?: string | null;
        };
        UpdateUnitDto: {
            contactEmails?: string[];
            contactPhone?: string | null;
            leaderEmail?: string | null;
            name?: string;
            /** Format: uuid */
            parentId?: string | null;
        };
        UploadedFileDto: {
            /** @description the file, base64 */
            contentBase64: string;
            /** @example 关于印发某某办法的通知.pdf */
            filename: string;
            /** @example application/pdf */
            mediaType?: string;
        };
        WithdrawDto: {
            /**
             * @description why the drafter withdraws it (recorded in the trail)
             * @example 该文件不再印发
             */
            reason?: string;
        };
        WorkingDayClockDto: {
            overdue: boolean;
            /** @description working days after the due day up to and including today; 0 while not late */
            overdueWorkingDays: number;
            /** @description working days from tomorrow up to and including the due day; 0 when due today or late */
            workingDaysLeft: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ReportGeneratorController_amendments: {
        parameters: {
            query?: {
                /** @description one unit's own report; the body's, which adds up every unit, when omitted */
                unitId?: string;
            };
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReportGeneratorController_amend: {
        parameters: {
            query?: {
                /** @description one unit's own report; the body's, which adds up every unit, when omitted */
                unitId?: string;
            };
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AmendmentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReportGeneratorController_cell: {
        parameters: {
            query?: {
                /** @description one unit's own report; the body's, which adds up every unit, when omitted */
                unitId?: string;
            };
            header?: never;
            path: {
                column: string;
                row: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReportGeneratorController_export: {
        parameters: {
            query: {
                format: "docx" | "html" | "txt";
                /** @description one unit's own report; the body's, which adds up every unit, when omitted */
                unitId?: string;
            };
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReportGeneratorController_figures: {
        parameters: {
            query?: {
                /** @description one unit's own report; the body's, which adds up every unit, when omitted */
                unitId?: string;
            };
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReportGeneratorController_importPublished: {
        parameters: {
            query?: {
                /** @description one unit's own report; the body's, which adds up every unit, when omitted */
                unitId?: string;
            };
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description the report as published: .docx, PDF, HTML or text
                     */
                    file: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReportGeneratorController_importPreview: {
        parameters: {
            query?: {
                /** @description one unit's own report; the body's, which adds up every unit, when omitted */
                unitId?: string;
            };
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description the report as published: .docx, PDF, HTML or text
                     */
                    file: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReportGeneratorController_publish: {
        parameters: {
            query?: {
                /** @description one unit's own report; the body's, which adds up every unit, when omitted */
                unitId?: string;
            };
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReportGeneratorController_texts: {
        parameters: {
            query?: {
                /** @description one unit's own report; the body's, which adds up every unit, when omitted */
                unitId?: string;
            };
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReportGeneratorController_putTexts: {
        parameters: {
            query?: {
                /** @description one unit's own report; the body's, which adds up every unit, when omitted */
                unitId?: string;
            };
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportTextsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReportGeneratorController_suggestions: {
        parameters: {
            query?: {
                /** @description one unit's own report; the body's, which adds up every unit, when omitted */
                unitId?: string;
            };
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReportGeneratorController_unitStates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AnnualReportsController_check: {
        parameters: {
            query?: {
                /** @description html: a page to read (中文) */
                format?: "json" | "html";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description the report: .docx, PDF with a text layer, HTML or plain text
                     */
                    file: string;
                    /**
                     * Format: binary
                     * @description last year’s report, for the rules across years
                     */
                    lastYear?: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AnnualReportsController_checkBatch: {
        parameters: {
            query?: {
                /** @description html: a page (中文); xlsx: a workbook to circulate */
                format?: "json" | "html" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** @description the reports, up to 100 */
                    files: string[];
                    /**
                     * Format: binary
                     * @description last year’s report, for the rules across years
                     */
                    lastYear?: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AuditLogController_list: {
        parameters: {
            query?: {
                /** @description only active (true) or only deactivated (false) records */
                active?: boolean;
                /** @description who made the change */
                actorId?: string;
                /** @description the record changed (a unit, person, token id; a year, or year/unit id, for report locks) */
                entityId?: string;
                /** @description the kind of record: unit, person, api_token, signoff_config, report_lock, registry_import, or, for any other admin write, the first segment of its path (calendar for /api/calendar/…) */
                entityType?: string;
                /** @description from this day (YYYY-MM-DD, UTC) */
                from?: string;
                page?: number;
                pageSize?: number;
                /** @description a part of the name to look for */
                q?: string;
                /** @description up to and including this day (YYYY-MM-DD, UTC) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditLogPageDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AuditLogController_export: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditLogExportDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AuditLogController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditLogVerificationDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResultDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActorDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AuthController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AuthController_listTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiTokenDto"][];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AuthController_createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiTokenDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiTokenDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AuthController_revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CalendarController_holds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarHoldsDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CalendarController_decideHold: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
                caseType: "document" | "task" | "request";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CalendarHoldDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarHoldReceiptDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CalendarController_readiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarReadinessDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CalendarController_versions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarVersionDto"][];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CalendarController_impact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                v: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarImpactDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CalendarController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                v: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarPublishDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CalendarController_load: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CalendarYearDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarLoadDto"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarLoadDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CallsController_list: {
        parameters: {
            query?: {
                /** @description only active (true) or only deactivated (false) records */
                active?: boolean;
                /** @description calls due on or before this day (default today); all=true ignores it */
                on?: string;
                page?: number;
                pageSize?: number;
                /** @description a part of the name to look for */
                q?: string;
                status?: "open" | "done" | "escalated";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallPageDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CallsController_outcome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallOutcomeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallOutcomeResultDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CircularsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CircularListDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CircularsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                quarter: string;
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CircularDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CircularsController_issue: {
        parameters: {
            query: {
                force: string;
            };
            header?: never;
            path: {
                quarter: string;
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CircularIssuedDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CircularsController_docx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                quarter: string;
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CircularsController_xlsx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                quarter: string;
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DailyUrgingController_run: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                date: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DocumentsController_list: {
        parameters: {
            query?: {
                /** @description only active (true) or only deactivated (false) records */
                active?: boolean;
                attribute?: "proactive" | "on_request" | "withheld";
                /** @description only the caller's own drafts (true) */
                draftedByMe?: boolean;
                /** @description registered on or after this date */
                from?: string;
                /** @description only documents late in sign-off or publication (true), or only those not (false) */
                overdue?: boolean;
                page?: number;
                pageSize?: number;
                /** @description a part of the name to look for */
                q?: string;
                status?: "draft" | "in_review" | "returned" | "awaiting_publication" | "publication_flagged" | "published" | "closed" | "withdrawn" | "cancelled";
                /** @description registered on or before this date */
                to?: string;
                unitId?: string;
                /** @description only what waits for the caller's signature now (true), least time left first */
                waitingForMe?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentPageDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DocumentsController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDocumentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DocumentsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDetailDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DocumentsController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DocumentsController_setAttribute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetAttributeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DocumentsController_changeAttribute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeAttributeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DocumentsController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelSignOffDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DocumentsController_delegate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DelegateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DocumentsController_proposeAttribute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposeAttributeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DocumentsController_recordPublication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordPublicationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DocumentsController_reassign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReassignDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DocumentRepealController_repeal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RepealDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepealedDocumentDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DocumentsController_returnForRevision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnForRevisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DocumentsController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TrailController_trail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TrailController_certificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TrailController_export: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TrailController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DocumentsController_versions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentVersionDto"][];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DocumentsController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MailLogController_list: {
        parameters: {
            query?: {
                /** @description only active (true) or only deactivated (false) records */
                active?: boolean;
                /** @description keys starting with this text */
                keyPrefix?: string;
                page?: number;
                pageSize?: number;
                /** @description a part of the name to look for */
                q?: string;
                status?: "queued" | "sending" | "sent" | "failed" | "dead";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailPageDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MailLogController_resend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailMessageDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MovingInController_importRegulations: {
        parameters: {
            query?: {
                /** @description check the file and list its bad rows without importing anything */
                dryRun?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegulationsImportResultDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MovingInController_importRequests: {
        parameters: {
            query?: {
                /** @description check the file and list its bad rows without importing anything */
                dryRun?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestsImportResultDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PeopleController_list: {
        parameters: {
            query?: {
                /** @description only active (true) or only deactivated (false) records */
                active?: boolean;
                page?: number;
                pageSize?: number;
                /** @description a part of the name to look for */
                q?: string;
                role?: "admin" | "coordinator" | "unit_contact" | "signer" | "auditor";
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonPageDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PeopleController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePersonDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonWithPasswordDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PeopleController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PeopleController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePersonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PeopleController_deactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PeopleController_reactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PeopleController_resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonWithPasswordDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RegistryImportController_importPeople: {
        parameters: {
            query?: {
                /** @description true: check only, write nothing */
                dryRun?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PlansController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanListDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PlansController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePlanDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PlansController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDetailDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PlansController_attach: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanLetterDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanLetterViewDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PlansController_letter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                letterId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ProactiveFiguresController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProactiveYearDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ProactiveFiguresController_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutProactiveFiguresDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProactiveYearDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RequestsController_list: {
        parameters: {
            query?: {
                /** @description only active (true) or only deactivated (false) records */
                active?: boolean;
                /** @description requests carried over into this year (上年结转): received before it and still open when it began */
                carriedOverInto?: number;
                /** @description only open requests due from today to this many working days ahead (临近答复期限) */
                dueWithinWorkingDays?: number;
                outcome?: "granted" | "partly_granted" | "withheld.state_secret" | "withheld.prohibited_by_law" | "withheld.security_and_stability" | "withheld.third_party_rights" | "withheld.internal_affairs" | "withheld.process_information" | "withheld.enforcement_case_file" | "withheld.administrative_query" | "unavailable.not_held" | "unavailable.needs_creation" | "unavailable.unclear_after_correction" | "not_processed.petition_or_complaint" | "not_processed.repeated" | "not_processed.publication" | "not_processed.excessive" | "not_processed.confirm_or_reissue" | "other.correction_not_made" | "other.fee_not_paid" | "other.other";
                /** @description only requests in breach of their answer period (true), or only those not (false) */
                overdue?: boolean;
                page?: number;
                pageSize?: number;
                /** @description a part of the name to look for */
                q?: string;
                /** @description latest received first (-receivedOn), or least time left first (dueOn; requests without a running period last) */
                sort?: "-receivedOn" | "dueOn";
                status?: "in_progress" | "awaiting_correction" | "consulting" | "overdue" | "answered" | "answered_late" | "abandoned";
                unitId?: string;
                /** @description the year received */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestPageDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RequestsController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestDetailDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RequestsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestDetailDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RequestsController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestDetailDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RequestsController_consultation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsultationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestDetailDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RequestsController_endConsultation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndConsultationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestDetailDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RequestsController_correctionNotice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectionNoticeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestDetailDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RequestsController_correctionReceived: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectionReceivedDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestDetailDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RequestsController_events: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestEventDto"][];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RequestsController_extension: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtensionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestDetailDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RequestsController_correctRegistration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectRegistrationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestDetailDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RequestsController_transfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestDetailDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReviewLitigationController_list: {
        parameters: {
            query?: {
                /** @description only active (true) or only deactivated (false) records */
                active?: boolean;
                kind?: "administrative_review" | "litigation_direct" | "litigation_after_review";
                page?: number;
                pageSize?: number;
                /** @description a part of the name to look for */
                q?: string;
                result?: "upheld" | "corrected" | "other" | "pending";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CasePageDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReviewLitigationController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCaseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReviewLitigationController_updateResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCaseResultDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SupervisionOrdersController_list: {
        parameters: {
            query?: {
                /** @description only active (true) or only deactivated (false) records */
                active?: boolean;
                /** @description 1 一般, 2 重点, 3 特急 */
                level?: 1 | 2 | 3;
                page?: number;
                pageSize?: number;
                /** @description a part of the name to look for */
                q?: string;
                status?: "awaiting_reply" | "replied" | "escalated";
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupervisionOrderPageDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SupervisionOrdersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupervisionOrderDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SupervisionOrdersController_reply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderReplyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupervisionOrderDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TasksController_list: {
        parameters: {
            query?: {
                /** @description only active (true) or only deactivated (false) records */
                active?: boolean;
                /** @description due on or after this day */
                dueFrom?: string;
                /** @description due on or before this day */
                dueTo?: string;
                /** @description only tasks still with their unit (assigned, in progress, returned) */
                open?: boolean;
                /** @description only overdue (true) or only not overdue (false) tasks */
                overdue?: boolean;
                page?: number;
                pageSize?: number;
                planId?: string;
                /** @description a part of the name to look for */
                q?: string;
                /** @description by due date, soonest first (dueOn) or latest first (-dueOn) */
                sort?: "dueOn" | "-dueOn";
                source?: "plan" | "inspection" | "last_place_reminder";
                status?: "assigned" | "in_progress" | "submitted" | "verified" | "returned" | "cancelled";
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskPageDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TasksController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTaskDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TasksController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDetailDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TasksController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TasksController_changeDue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DueDateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TasksController_evidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fileId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TasksController_requestExtension: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtensionRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskHistoryDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TasksController_decideExtension: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtensionDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TasksController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskHistoryDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TasksController_progress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProgressDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskHistoryDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TasksController_returnForRework: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TasksController_start: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmptyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TasksController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitTaskDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TasksController_transfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferTaskDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TasksController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmptyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TasksController_export: {
        parameters: {
            query?: {
                /** @description only active (true) or only deactivated (false) records */
                active?: boolean;
                /** @description due on or after this day */
                dueFrom?: string;
                /** @description due on or before this day */
                dueTo?: string;
                /** @description only tasks still with their unit (assigned, in progress, returned) */
                open?: boolean;
                /** @description only overdue (true) or only not overdue (false) tasks */
                overdue?: boolean;
                page?: number;
                pageSize?: number;
                planId?: string;
                /** @description a part of the name to look for */
                q?: string;
                source?: "plan" | "inspection" | "last_place_reminder";
                status?: "assigned" | "in_progress" | "submitted" | "verified" | "returned" | "cancelled";
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TasksController_import: {
        parameters: {
            query?: {
                /** @description check the file and list its bad rows without importing anything */
                dryRun?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerImportResultDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TrailArchiveController_export: {
        parameters: {
            query?: {
                /** @description only active (true) or only deactivated (false) records */
                active?: boolean;
                attribute?: "proactive" | "on_request" | "withheld";
                /** @description only the caller's own drafts (true) */
                draftedByMe?: boolean;
                /** @description registered on or after this date */
                from?: string;
                /** @description only documents late in sign-off or publication (true), or only those not (false) */
                overdue?: boolean;
                page?: number;
                pageSize?: number;
                /** @description a part of the name to look for */
                q?: string;
                status?: "draft" | "in_review" | "returned" | "awaiting_publication" | "publication_flagged" | "published" | "closed" | "withdrawn" | "cancelled";
                /** @description registered on or before this date */
                to?: string;
                unitId?: string;
                /** @description only what waits for the caller's signature now (true), least time left first */
                waitingForMe?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    UnitsController_list: {
        parameters: {
            query?: {
                /** @description only active (true) or only deactivated (false) records */
                active?: boolean;
                page?: number;
                pageSize?: number;
                parentId?: string;
                /** @description a part of the name to look for */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitPageDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    UnitsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUnitDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    UnitsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    UnitsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUnitDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    UnitsController_deactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    UnitsController_reactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitDto"];
                };
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SignOffConfigController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SignOffConfigController_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignOffConfigDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RegistryImportController_importUnits: {
        parameters: {
            query?: {
                /** @description true: check only, write nothing */
                dryRun?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN, UNIT_SCOPE, AUDITOR_READ_ONLY, PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_INVALID, NOT_THE_DRAFTER, NOT_THE_SIGNER, SEPARATION_OF_DUTIES, NOT_ALLOWED, EXTENSION_NEEDS_OFFICE_HEAD, CORRECTION_NEEDS_OFFICE, TASK_EXTENSION_NEEDS_OFFICE, CALENDAR_HOLD_NEEDS_COORDINATOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE, REPORT_FILE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    HealthController_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED, COMMENT_REQUIRED, REASON_REQUIRED, UNKNOWN_LEVEL, INVALID_EXTENSION, UNKNOWN_OUTCOME, CORRECTION_NEEDS_REASON, TASK_TRANSITION_INCOMPLETE, CALENDAR_FILE_NOT_JSON, BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT, NOT_YOUR_TURN, WRONG_STATE, DOCUMENT_FINISHED, LEVEL_ALREADY_SIGNED, REQUEST_CLOSED, REQUEST_EVENT_SEQUENCE, SECOND_CORRECTION_NOTICE, SECOND_EXTENSION, NOT_REPEALABLE, TASK_TRANSITION_NOT_ALLOWED, TASK_CLOSED, ORDER_NOT_OPEN, TASK_EXTENSION_PENDING, TASK_EXTENSION_NOT_PENDING, CALL_CLOSED, REPORT_NOT_PUBLISHED, YEAR_LOCKED, QUARTER_NOT_ENDED, CALENDAR_VERSION_PUBLISHED, CALENDAR_HOLD_NONE, CALENDAR_HOLD_DECIDED, CALENDAR_YEAR_GAP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGNER_NOT_ELIGIBLE, IMPORT_REJECTED, ATTRIBUTE_REQUIRED, BASIS_REQUIRED, BASIS_NOT_ALLOWED, SAME_ATTRIBUTE, REVISION_UNCHANGED, PUBLICATION_DATE, RECEIPT_IN_FUTURE, EVENT_IN_FUTURE, CORRECTION_NOTICE_LATE, EXTENSION_WITHOUT_APPROVER, EXTENSION_TOO_LONG, EXTENSION_AFTER_DUE, CORRECTION_UNCHANGED, RECEIPT_YEAR_CHANGE, REQUEST_TRANSFER_INVALID, IMPORTED_STEP_INCOMPLETE, REPEAL_DATE, REPORT_FILE_EMPTY, REPORT_FILE_UNREADABLE, PDF_NO_TEXT_LAYER, NOT_A_REPORT, REPORT_TRUNCATED, REPORT_LABEL_INVALID, REPORT_VALUE_INVALID, REPORT_LAYOUT_INVALID, REPORT_TITLE_INVALID, PREVIOUS_REPORT_MISMATCH, TASK_DUE_INVALID, TASK_TRANSFER_INVALID, REPORT_NOT_RECONCILED, CALENDAR_DATA_INVALID, CALENDAR_HOLD_REASON_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
}
