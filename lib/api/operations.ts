/**
 * Every operation of the REST API. The OpenAPI document lists these; each
 * route file under app/api/v1 wires one of them to its handler. A new
 * resource is a file in resources/ and its entries here.
 */
import { z } from "zod";
import { activityOperations } from "./resources/activities";
import { policyOperations } from "./resources/policies";
import { policyVersionOperations } from "./resources/policy-versions";
import { recipientOperations } from "./resources/recipients";
import { registerOperations } from "./resources/register";
import { catalogueOperations } from "./resources/catalogues";
import { countryOperations } from "./resources/countries";
import { auditEventOperations } from "./resources/audit-events";
import type { ApiOperation } from "./operation";

export const openApiOperation = {
  method: "get",
  path: "/openapi.json",
  scope: null,
  doc: {
    operationId: "getOpenApiDocument",
    summary: "This OpenAPI document",
    description: "Public: needs no token.",
    tags: ["Meta"],
    responses: { "200": { description: "The OpenAPI 3.1 document of this API.", content: { "application/json": { schema: z.object({ openapi: z.string() }).loose() } } } },
  },
} satisfies ApiOperation;

export const API_OPERATIONS: readonly ApiOperation[] = [
  ...Object.values(activityOperations),
  ...Object.values(recipientOperations),
  ...Object.values(policyOperations),
  ...Object.values(policyVersionOperations),
  ...Object.values(registerOperations),
  ...Object.values(catalogueOperations).flatMap((operations) => Object.values(operations)),
  ...Object.values(countryOperations),
  ...Object.values(auditEventOperations),
  openApiOperation,
];
