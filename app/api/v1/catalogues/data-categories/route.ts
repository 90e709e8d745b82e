import { apiHandler } from "@/lib/api/handler";
import { catalogueHandlers, catalogueOperations } from "@/lib/api/resources/catalogues";

const operations = catalogueOperations["data-categories"];
const handlers = catalogueHandlers("data-categories");

export const GET = apiHandler(operations.list, handlers.list);
export const POST = apiHandler(operations.create, handlers.create);
