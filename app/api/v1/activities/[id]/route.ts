import { apiHandler } from "@/lib/api/handler";
import { activityOperations, getActivityOperation, updateActivityOperation } from "@/lib/api/resources/activities";

export const GET = apiHandler(activityOperations.get, getActivityOperation);
export const PUT = apiHandler(activityOperations.update, updateActivityOperation);
