import { apiHandler } from "@/lib/api/handler";
import { listPoliciesOperation, policyOperations } from "@/lib/api/resources/policies";

export const GET = apiHandler(policyOperations.list, listPoliciesOperation);
