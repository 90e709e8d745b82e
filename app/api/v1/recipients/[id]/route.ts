import { apiHandler } from "@/lib/api/handler";
import { getRecipientOperation, recipientOperations, updateRecipientOperation } from "@/lib/api/resources/recipients";

export const GET = apiHandler(recipientOperations.get, getRecipientOperation);
export const PUT = apiHandler(recipientOperations.update, updateRecipientOperation);
