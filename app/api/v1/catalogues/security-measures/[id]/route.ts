import { apiHandler } from "@/lib/api/handler";
import { catalogueHandlers, catalogueOperations } from "@/lib/api/resources/catalogues";

const operations = catalogueOperations["security-measures"];
const handlers = catalogueHandlers("security-measures");

export const GET = apiHandler(operations.get, handlers.get);
export const PUT = apiHandler(operations.update, handlers.update);
export const DELETE = apiHandler(operations.delete, handlers.delete);
