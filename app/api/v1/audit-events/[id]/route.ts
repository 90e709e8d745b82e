import { apiHandler } from "@/lib/api/handler";
import { auditEventOperations, getAuditEventOperation } from "@/lib/api/resources/audit-events";

export const GET = apiHandler(auditEventOperations.get, getAuditEventOperation);
