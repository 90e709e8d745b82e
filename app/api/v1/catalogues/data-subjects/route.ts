import { apiHandler } from "@/lib/api/handler";
import { catalogueHandlers, catalogueOperations } from "@/lib/api/resources/catalogues";

const operations = catalogueOperations["data-subjects"];
const handlers = catalogueHandlers("data-subjects");

export const GET = apiHandler(operations.list, handlers.list);
export const POST = apiHandler(operations.create, handlers.create);
