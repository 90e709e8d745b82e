import { apiHandler } from "@/lib/api/handler";
import { policyOperations, publishPolicyOperation } from "@/lib/api/resources/policies";

export const POST = apiHandler(policyOperations.publish, publishPolicyOperation);
