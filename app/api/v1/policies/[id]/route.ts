import { apiHandler } from "@/lib/api/handler";
import { getPolicyOperation, policyOperations, updatePolicyOperation } from "@/lib/api/resources/policies";

export const GET = apiHandler(policyOperations.get, getPolicyOperation);
export const PUT = apiHandler(policyOperations.update, updatePolicyOperation);
