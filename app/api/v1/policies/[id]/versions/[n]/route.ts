import { apiHandler } from "@/lib/api/handler";
import { getPolicyVersionOperation, policyVersionOperations } from "@/lib/api/resources/policy-versions";

export const GET = apiHandler(policyVersionOperations.get, getPolicyVersionOperation);
