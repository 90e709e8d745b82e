import { apiHandler } from "@/lib/api/handler";
import { getRecipientOperation, recipientOperations } from "@/lib/api/resources/recipients";

export const GET = apiHandler(recipientOperations.get, getRecipientOperation);
