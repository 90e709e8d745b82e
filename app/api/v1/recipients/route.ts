import { apiHandler } from "@/lib/api/handler";
import { createRecipientOperation, listRecipientsOperation, recipientOperations } from "@/lib/api/resources/recipients";

export const GET = apiHandler(recipientOperations.list, listRecipientsOperation);
export const POST = apiHandler(recipientOperations.create, createRecipientOperation);
