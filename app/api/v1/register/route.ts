import { apiHandler } from "@/lib/api/handler";
import { exportRegisterOperation, registerOperations } from "@/lib/api/resources/register";

export const GET = apiHandler(registerOperations.export, exportRegisterOperation);
