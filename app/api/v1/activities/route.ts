import { apiHandler } from "@/lib/api/handler";
import { activityOperations, createActivityOperation, listActivitiesOperation } from "@/lib/api/resources/activities";

export const GET = apiHandler(activityOperations.list, listActivitiesOperation);
export const POST = apiHandler(activityOperations.create, createActivityOperation);
