/**
 * /activities: the register's processing activities (Art. 30(1) and (2)).
 * Writes take the activity form's schema, validated against the token's
 * organisation's catalogue by the same mutations as the form.
 */
import "server-only";
import { z } from "zod";
import { createActivity, updateActivity } from "@/lib/activities/mutations";
import { getActivityFormValues } from "@/lib/activities/form-options";
import { activityStatuses, type ActivityListFilter } from "@/lib/activities/list-filter";
import { listActivitiesAfter } from "@/lib/activities/queries";
import { activityFieldsSchema } from "@/lib/activities/schema";
import { db } from "@/lib/db";
import { etagOf } from "../etag";
import type { ApiRequest } from "../handler";
import type { ApiOperation } from "../operation";
import { cursorPosition, linkHeader, nextLink, pageSchema, pagingQuery } from "../paging";
import { failureResponse, problemResponse } from "../problem";
import { parseQuery } from "../query";
import { jsonResponse, readJsonBody } from "../respond";
import { requireIfMatch, staleIfMatch } from "../preconditions";
import { idParam, ifMatchHeader, isoDate } from "../schemas";

const TAG = "Activities";

export const activitySummarySchema = z
  .object({
    id: z.string(),
    reference: z.string(),
    name: z.string(),
    department: z.string(),
    owner: z.string(),
    status: z.enum(["DRAFT", "ACTIVE", "RETIRED"]),
    role: z.enum(["CONTROLLER", "JOINT_CONTROLLER", "PROCESSOR"]),
    lastReviewedOn: z.string().nullable(),
    nextReviewOn: z.string().nullable(),
    version: z.number().int(),
    legalBases: z.array(z.string()).meta({ description: "The citations of the purposes' legal bases." }),
    dataCategoryCount: z.number().int(),
    hasSpecialCategories: z.boolean().meta({ description: "Art. 9 special categories or Art. 10 criminal data among the data categories." }),
    hasTransfers: z.boolean().meta({ description: "Transfers to a third country or an international organisation (Art. 30(1)(e))." }),
  })
  .meta({ id: "ActivitySummary" });

/** The body of POST and PUT: the activity form's fields (the version goes in If-Match). */
export const activityInputSchema = activityFieldsSchema.omit({ version: true }).meta({ id: "ActivityInput" });

export const activitySchema = activityFieldsSchema
  .omit({ version: true })
  .extend({ id: z.string(), version: z.number().int().meta({ description: "Also the ETag." }) })
  .meta({ id: "Activity" });

const yesNo = z.enum(["yes", "no"]);

const listQuery = z.object({
  ...pagingQuery,
  q: z.string().max(200).optional().meta({ description: "Search in reference, name, department, owner and legal basis." }),
  status: z.enum(activityStatuses as ["DRAFT", "ACTIVE", "RETIRED"]).optional(),
  basis: z.string().max(40).optional().meta({ description: "Only activities with a purpose relying on this legal basis (its id)." }),
  department: z.string().max(200).optional(),
  transfers: yesNo.optional().meta({ description: "With (yes) or without (no) transfers to third countries." }),
  special: yesNo.optional().meta({ description: "With (yes) or without (no) special categories or criminal data." }),
  review: z.enum(["overdue", "due-soon"]).optional(),
});

const activityHeaders = { ETag: z.string().meta({ description: "The activity's version." }) };

export const activityOperations = {
  list: {
    method: "get",
    path: "/activities",
    scope: "READ",
    doc: {
      operationId: "listActivities",
      summary: "List processing activities",
      description: "Ordered by reference. Filters as in the activities table.",
      tags: [TAG],
      requestParams: { query: listQuery },
      responses: { "200": { description: "A page of activities.", content: { "application/json": { schema: pageSchema(activitySummarySchema) } } } },
    },
  },
  create: {
    method: "post",
    path: "/activities",
    scope: "WRITE_RECORDS",
    doc: {
      operationId: "createActivity",
      summary: "Create a processing activity",
      tags: [TAG],
      requestBody: { required: true, content: { "application/json": { schema: activityInputSchema } } },
      responses: {
        "201": {
          description: "Created.",
          headers: z.object({ ...activityHeaders, Location: z.string() }),
          content: { "application/json": { schema: activitySchema } },
        },
      },
    },
  },
  get: {
    method: "get",
    path: "/activities/{id}",
    scope: "READ",
    single: true,
    doc: {
      operationId: "getActivity",
      summary: "Read a processing activity",
      tags: [TAG],
      requestParams: { path: idParam },
      responses: { "200": { description: "The activity.", headers: z.object(activityHeaders), content: { "application/json": { schema: activitySchema } } } },
    },
  },
  update: {
    method: "put",
    path: "/activities/{id}",
    scope: "WRITE_RECORDS",
    single: true,
    doc: {
      operationId: "updateActivity",
      summary: "Replace a processing activity",
      description: "Send every field, as the form does; omitted fields take their defaults. If-Match must carry the ETag of the version the change is based on.",
      tags: [TAG],
      requestParams: { path: idParam, header: ifMatchHeader },
      requestBody: { required: true, content: { "application/json": { schema: activityInputSchema } } },
      responses: { "200": { description: "The saved activity.", headers: z.object(activityHeaders), content: { "application/json": { schema: activitySchema } } } },
    },
  },
} satisfies Record<string, ApiOperation>;

/** The activity as the API shows it: the form's fields without the form's row keys. */
async function loadActivity(orgId: string, id: string) {
  const values = await getActivityFormValues(orgId, id);
  if (!values) return null;
  // The row keys are the form's own (React list keys), not data.
  const withoutKey = <T extends { key?: string }>(row: T): Omit<T, "key"> => {
    const copy = { ...row };
    delete copy.key;
    return copy;
  };
  return {
    id,
    ...values,
    jointControllers: values.jointControllers?.map(withoutKey),
    clientControllers: values.clientControllers?.map(withoutKey),
    purposes: values.purposes?.map(withoutKey),
    dataCategories: values.dataCategories?.map(withoutKey),
    recipients: values.recipients?.map(withoutKey),
    transfers: values.transfers?.map(withoutKey),
  };
}

const notFound = () => problemResponse("not-found", "No processing activity with this id in the token's organisation.");

function activityResponse(activity: NonNullable<Awaited<ReturnType<typeof loadActivity>>>, init: { status?: number; headers?: Record<string, string> } = {}) {
  return jsonResponse(activity, { ...init, etag: etagOf(activity.version) });
}

export async function listActivitiesOperation({ url, caller }: ApiRequest): Promise<Response> {
  const query = parseQuery(url, listQuery);
  if (!query.ok) return query.response;
  const { limit, cursor, q, status, basis, department, transfers, special, review } = query.data;
  const position = cursorPosition(cursor, 2);
  if (position === undefined) return problemResponse("bad-request", "The cursor is not one this API gave out. Start again without it.", { errors: [{ parameter: "cursor", detail: "Unknown cursor." }] });
  const filter: ActivityListFilter = {
    ...(status && { status }),
    ...(basis && { legalBasisId: basis }),
    ...(department && { department }),
    ...(transfers && { transfers: transfers === "yes" }),
    ...(special && { special: special === "yes" }),
    ...(review && { review }),
  };
  const after = position ? { reference: position[0], id: position[1] } : null;
  const { rows, hasMore } = await listActivitiesAfter(caller.actor.organisation.id, { filter, q: q?.trim() ?? "", after, limit });
  const data = rows.map((row) => ({
    id: row.id,
    reference: row.reference,
    name: row.name,
    department: row.department,
    owner: row.owner,
    status: row.status,
    role: row.role,
    lastReviewedOn: isoDate(row.lastReviewedOn),
    nextReviewOn: isoDate(row.nextReviewOn),
    version: row.version,
    legalBases: row.legalBases,
    dataCategoryCount: row.dataCategoryCount,
    hasSpecialCategories: row.hasSpecialCategories,
    hasTransfers: row.hasTransfers,
  }));
  const last = data.at(-1);
  const next = hasMore && last ? nextLink(url, [last.reference, last.id]) : null;
  return jsonResponse({ data, next }, { headers: linkHeader(next) });
}

export async function createActivityOperation({ request, caller }: ApiRequest): Promise<Response> {
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const input = typeof body.value === "object" && body.value !== null && !Array.isArray(body.value) ? { ...body.value, version: undefined } : body.value;
  const result = await createActivity(caller.actor, input);
  if (!result.ok) return failureResponse(result);
  const activity = (await loadActivity(caller.actor.organisation.id, result.id))!;
  return activityResponse(activity, { status: 201, headers: { Location: `/api/v1/activities/${result.id}` } });
}

export async function getActivityOperation({ params, caller }: ApiRequest): Promise<Response> {
  const activity = idParam.safeParse(params).success ? await loadActivity(caller.actor.organisation.id, params.id) : null;
  return activity ? activityResponse(activity) : notFound();
}

export async function updateActivityOperation({ request, params, caller }: ApiRequest): Promise<Response> {
  if (!idParam.safeParse(params).success) return notFound();
  const ifMatch = requireIfMatch(request);
  if (!ifMatch.ok) return ifMatch.response;
  const organisationId = caller.actor.organisation.id;
  const current = await db.processingActivity.findFirst({ where: { id: params.id, organisationId }, select: { version: true } });
  if (!current) return notFound();
  const stale = staleIfMatch(ifMatch.versions, current.version);
  if (stale) return stale;
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  if (typeof body.value !== "object" || body.value === null || Array.isArray(body.value)) return problemResponse("bad-request", "The body must be a JSON object.");
  const result = await updateActivity(caller.actor, params.id, { ...body.value, version: current.version });
  if (!result.ok) return failureResponse(result);
  return activityResponse((await loadActivity(organisationId, params.id))!);
}
