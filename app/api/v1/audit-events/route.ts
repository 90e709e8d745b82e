import { apiHandler } from "@/lib/api/handler";
import { auditEventOperations, listAuditEventsOperation } from "@/lib/api/resources/audit-events";

export const GET = apiHandler(auditEventOperations.list, listAuditEventsOperation);
