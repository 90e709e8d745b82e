/**
 * One operation of the REST API: where it lives, the scope a token needs,
 * and its OpenAPI description built from zod schemas. The route handler
 * (through apiHandler) and the OpenAPI document read the same object, so
 * the scope that is enforced is the scope that is documented.
 */
import type { ApiScope } from "@prisma/client";
import type { ZodOpenApiOperationObject } from "zod-openapi";

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

export type ApiOperation = {
  method: HttpMethod;
  /** The OpenAPI path below /api/v1, e.g. "/activities/{id}". */
  path: string;
  /** The scope a token needs; null for the public document. */
  scope: ApiScope | null;
  /** Whether the operation names one record (404 for ids of other organisations). */
  single?: boolean;
  doc: ZodOpenApiOperationObject;
};

export const API_BASE = "/api/v1";

export const scopeNames: Record<ApiScope, string> = { READ: "read", WRITE_RECORDS: "write", PUBLISH: "publish" };
