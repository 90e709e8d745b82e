import { apiHandler } from "@/lib/api/handler";
import { listPolicyVersionsOperation, policyVersionOperations } from "@/lib/api/resources/policy-versions";

export const GET = apiHandler(policyVersionOperations.list, listPolicyVersionsOperation);
