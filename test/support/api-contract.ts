/**
 * The contract harness of /api/v1, shared by the API's integration tests:
 * every call goes through the real route handlers against the database, and
 * every answer is checked against the OpenAPI document. JSON bodies are
 * validated by their schema with a JSON Schema 2020-12 validator; any other
 * body (a register file) must have a documented media type and not be empty.
 */
import path from "node:path";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import type { ApiScope } from "@prisma/client";
import { afterAll, beforeAll, expect } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";
import { createApiToken } from "@/lib/api-tokens/mutations";
import { createDb } from "@/lib/db";
import { findEntryModules, HTTP_METHODS } from "@/test/security/discover";
import { createWorld, deleteWorld, type World } from "@/test/security/world";

export const doc = openApiDocument() as unknown as {
  openapi: string;
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>>;
  components: object;
};
const ajv = new Ajv2020({ strict: false, allErrors: true });
// Binary bodies are checked by media type and length, not by a schema.
ajv.addFormat("binary", true);
const validators = new Map<string, ValidateFunction>();

type Route = { template: string; file: string; pattern: RegExp; names: string[] };
export type Handler = { file: string; name: string; run: (...args: unknown[]) => unknown };
/** A JSON answer's parsed body; any other answer's bytes. */
export type Answer = { status: number; headers: Headers; body: unknown };

/** app/api/v1/activities/[id]/route.ts → /activities/{id} */
export function templateOf(file: string): string {
  return file.replace(/^app\/api\/v1/, "").replace(/\/route\.ts$/, "").replace(/\[([^\]]+)\]/g, "{$1}") || "/";
}

const isJson = (mediaType: string) => mediaType === "application/json" || mediaType.endsWith("+json");

/**
 * Registers the hooks that load the route handlers and make a world (an
 * organisation with a member of each role, and a foreign one), and returns
 * the client. Call once at the top of a test file.
 */
export function setUpApiContract() {
  const db = createDb(process.env.DATABASE_URL!);
  let routes: Route[] = [];
  const handlers = new Map<string, Handler>();
  let world: World | undefined;

  beforeAll(async () => {
    world = await createWorld(db);
    const files = (await findEntryModules(process.cwd())).routes.filter((file) => file.startsWith("app/api/v1/"));
    for (const file of files) {
      const exports = (await import(/* @vite-ignore */ path.join(process.cwd(), file))) as Record<string, unknown>;
      for (const name of HTTP_METHODS) {
        const run = exports[name];
        if (typeof run === "function") handlers.set(`${file}#${name}`, { file, name, run: run as Handler["run"] });
      }
    }
    routes = files.map((file) => {
      const template = templateOf(file);
      const names = [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      const pattern = new RegExp(`^${template.replace(/[.]/g, "\\.").replace(/\{[^}]+\}/g, "([^/]+)")}$`);
      return { template, file, pattern, names };
    });
  });

  afterAll(async () => {
    if (world) await deleteWorld(world);
    await db.$disconnect();
  });

  /** The schema the document gives for this answer; fails the test when the status or media type is not documented. */
  function validatorFor(template: string, method: string, status: number, mediaType: string): ValidateFunction {
    const operation = doc.paths[template]?.[method];
    expect(operation, `${method.toUpperCase()} ${template} is not in the OpenAPI document`).toBeDefined();
    const response = operation.responses[String(status)];
    expect(response, `${method.toUpperCase()} ${template} answered ${status}, which the document does not list`).toBeDefined();
    const schema = response.content?.[mediaType]?.schema;
    expect(schema, `${method.toUpperCase()} ${template} ${status} answered ${mediaType}, which the document does not describe`).toBeDefined();
    const key = `${method} ${template} ${status} ${mediaType}`;
    if (!validators.has(key)) validators.set(key, ajv.compile({ ...schema, components: doc.components }));
    return validators.get(key)!;
  }

  async function call(method: string, target: string, init: { token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Answer> {
    const url = new URL(target, "http://api.test/api/v1/");
    const pathname = url.pathname.replace(/^\/api\/v1/, "") || "/";
    const route = routes.find((r) => r.pattern.test(pathname));
    expect(route, `no route file serves ${pathname}`).toBeDefined();
    const values = route!.pattern.exec(pathname)!.slice(1).map(decodeURIComponent);
    const params = Object.fromEntries(route!.names.map((name, i) => [name, values[i]]));
    const handler = handlers.get(`${route!.file}#${method}`);
    expect(handler, `${route!.file} exports no ${method}`).toBeDefined();
    const headers: Record<string, string> = { ...init.headers };
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    if (init.body !== undefined) headers["content-type"] ??= "application/json";
    const request = new Request(url, { method, headers, body: init.body === undefined ? undefined : typeof init.body === "string" ? init.body : JSON.stringify(init.body) });
    const response = (await handler!.run(request, { params: Promise.resolve(params) })) as Response;
    if (response.status === 204) {
      // No content: the document must list the 204, and there is no body to validate.
      expect(doc.paths[route!.template]?.[method.toLowerCase()]?.responses["204"], `${method} ${route!.template} answered 204, which the document does not list`).toBeDefined();
      expect(await response.text()).toBe("");
      return { status: 204, headers: response.headers, body: null };
    }
    const mediaType = (response.headers.get("content-type") ?? "").split(";")[0].trim();
    const validate = validatorFor(route!.template, method.toLowerCase(), response.status, mediaType);
    if (!isJson(mediaType)) {
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(bytes.length, `${method} ${target} → ${response.status}: an empty ${mediaType} body`).toBeGreaterThan(0);
      return { status: response.status, headers: response.headers, body: bytes };
    }
    const text = await response.text();
    const body = text ? JSON.parse(text) : null;
    expect(validate(body), `${method} ${target} → ${response.status}: ${JSON.stringify(validate.errors)}\n${text.slice(0, 500)}`).toBe(true);
    return { status: response.status, headers: response.headers, body };
  }

  async function tokenFor(scopes: ApiScope[], options: { role?: "OWNER" | "DPO"; name?: string; organisation?: "own" | "foreign" } = {}) {
    const w = world!;
    const foreign = options.organisation === "foreign";
    const user = foreign ? w.foreign.user : w.members[options.role ?? "DPO"];
    const organisation = foreign ? w.foreign.organisation : w.organisation;
    const result = await createApiToken({ user, organisation, role: foreign ? "OWNER" : (options.role ?? "DPO") }, { name: options.name ?? w.unique("Token"), scopes, expiry: "30" });
    if (!result.ok) throw new Error(result.formError);
    return result.data;
  }

  return {
    db,
    call,
    tokenFor,
    handlers,
    /** The world, once the hooks have made it. */
    get world(): World {
      if (!world) throw new Error("The world is made in beforeAll: read it inside a test.");
      return world;
    },
  };
}
