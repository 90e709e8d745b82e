/**
 * The OpenAPI document reduced to what the reference page shows: operations
 * with their parameters and responses, and the schemas with their fields.
 * Pure, so the page stays a plain rendering of the document.
 */
type Schema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  description?: string;
  default?: unknown;
  maxLength?: number;
  maximum?: number;
  minimum?: number;
};

type Parameter = { name: string; in: string; required?: boolean; description?: string; schema?: Schema };
type Response = { description: string; content?: Record<string, { schema?: Schema }> };
type Operation = {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, Response>;
  "x-scope"?: string;
};
export type ReferenceDocument = {
  info: { title: string; version: string; description?: string };
  servers?: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
};

export type ReferenceField = { name: string; type: string; required: boolean; description: string };
export type ReferenceOperation = {
  id: string;
  method: string;
  path: string;
  summary: string;
  description: string;
  scope: string | null;
  parameters: (ReferenceField & { in: string })[];
  body: string | null;
  responses: { status: string; description: string; type: string | null }[];
};
export type ReferenceSchema = { name: string; description: string; fields: ReferenceField[] };

/** A schema in a few words: "Activity", "string", "array of ActivitySummary", "DRAFT | ACTIVE". */
export function typeLabel(schema: Schema | undefined): string {
  if (!schema) return "any";
  if (schema.$ref) return schema.$ref.split("/").at(-1)!;
  if (schema.enum) return schema.enum.map(String).join(" | ");
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return variants.map(typeLabel).join(" or ");
  if (schema.type === "array" || (Array.isArray(schema.type) && schema.type.includes("array"))) return `array of ${typeLabel(schema.items)}`;
  if (Array.isArray(schema.type)) return schema.type.join(" or ");
  if (schema.type === "object" && schema.properties) return `object (${Object.keys(schema.properties).join(", ")})`;
  return schema.type ?? "any";
}

function fieldsOf(schema: Schema | undefined): ReferenceField[] {
  const required = new Set(schema?.required ?? []);
  return Object.entries(schema?.properties ?? {}).map(([name, field]) => ({ name, type: typeLabel(field), required: required.has(name), description: field.description ?? "" }));
}

const METHOD_ORDER = ["get", "post", "put", "patch", "delete"];

export function referenceOf(document: ReferenceDocument): { operations: ReferenceOperation[]; schemas: ReferenceSchema[] } {
  const operations = Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .sort(([a], [b]) => METHOD_ORDER.indexOf(a) - METHOD_ORDER.indexOf(b))
      .map(([method, operation]): ReferenceOperation => {
        const body = operation.requestBody?.content?.["application/json"]?.schema;
        return {
          id: operation.operationId ?? `${method}-${path}`,
          method: method.toUpperCase(),
          path,
          summary: operation.summary ?? "",
          description: operation.description ?? "",
          scope: operation["x-scope"] ?? null,
          parameters: (operation.parameters ?? []).map((p) => ({ name: p.name, in: p.in, type: typeLabel(p.schema), required: !!p.required, description: p.description ?? "" })),
          body: body ? typeLabel(body) : null,
          responses: Object.entries(operation.responses ?? {}).map(([status, response]) => {
            const [, media] = Object.entries(response.content ?? {})[0] ?? [];
            return { status, description: response.description, type: media?.schema ? typeLabel(media.schema) : null };
          }),
        };
      }),
  );
  const schemas = Object.entries(document.components?.schemas ?? {}).map(([name, schema]) => ({ name, description: schema.description ?? "", fields: fieldsOf(schema) }));
  return { operations, schemas };
}
