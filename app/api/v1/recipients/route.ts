import { apiHandler } from "@/lib/api/handler";
import { listRecipientsOperation, recipientOperations } from "@/lib/api/resources/recipients";

export const GET = apiHandler(recipientOperations.list, listRecipientsOperation);
