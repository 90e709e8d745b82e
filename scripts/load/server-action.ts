/**
 * Calls a Next.js server action over HTTP the way the App Router's browser
 * client does, so a load test exercises the real path: routing, the action
 * handler's origin check, argument decoding, the action, its redirect.
 *
 * What this relies on (Next 16.4; read from next/dist/client/components/
 * router-reducer/reducers/server-action-reducer.js and next/dist/server/
 * app-render/action-handler.js, re-check both after a Next upgrade):
 * - `<distDir>/server/server-reference-manifest.json` has the shape
 *   `{ node: { [actionId]: { filename, exportedName, workers: { [page]: … } } } }`.
 *   The id changes with every build, so it is looked up, never hard-coded.
 * - The first byte of an action id is a bit field: bit 7 "use cache", bits 6–1
 *   which of the first six arguments the function uses, bit 0 rest arguments
 *   (next/dist/shared/lib/server-reference-info.js). The client omits unused
 *   arguments; so do we.
 * - The request is a POST to the page the form is on, with headers
 *   `Next-Action: <id>` and `Accept: text/x-component`, and an `Origin` equal
 *   to the host (the handler refuses a foreign origin as CSRF). The body is
 *   React's `encodeReply(args)` (a string, or FormData for files).
 * - A redirecting action answers with `x-action-redirect: <url>;<push|replace>`
 *   (status 303 in older releases, 200 in newer ones) and the Flight payload
 *   of the target page, which is drained here, not decoded. Otherwise the body
 *   is a Flight payload whose root is `{ a: <returned value>, … }`; it holds
 *   no client components because nothing is rendered when the action neither
 *   revalidated nor redirected (a revalidating action that returns would need
 *   a client manifest to decode; none of our callers does that).
 * - React's Flight client for Node is the `client.node` build Next ships in
 *   next/dist/compiled/react-server-dom-webpack (the wire format does not
 *   depend on the bundler, so it also reads Turbopack builds' responses).
 *   Like the browser, the reply and the response share a temporary reference
 *   set: values the action returns unchanged from its arguments come back as
 *   references into it.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { createFromFetch, createTemporaryReferenceSet, encodeReply } from "next/dist/compiled/react-server-dom-webpack/client.node";

type ManifestEntry = { filename: string; exportedName: string; workers: Record<string, unknown> };

/** The id of an exported server action in a production build, e.g. ("lib/activities/actions.ts", "saveActivityAction"). */
export async function findServerActionId(distDir: string, filename: string, exportedName: string): Promise<string> {
  const file = path.resolve(distDir, "server", "server-reference-manifest.json");
  const manifest = JSON.parse(await fs.readFile(file, "utf8")) as { node?: Record<string, ManifestEntry> };
  const matches = Object.entries(manifest.node ?? {}).filter(([, entry]) => entry.filename === filename && entry.exportedName === exportedName);
  if (matches.length !== 1) {
    throw new Error(`Expected one server action ${exportedName} from ${filename} in ${file}, found ${matches.length}. Is this the build the server runs?`);
  }
  return matches[0][0];
}

/** Drops the arguments the action does not use, as the browser client does. */
function usedArguments(actionId: string, args: unknown[]): unknown[] {
  const info = parseInt(actionId.slice(0, 2), 16);
  const argMask = (info >> 1) & 0x3f;
  const restArgs = (info & 1) === 1;
  const kept: unknown[] = [];
  args.forEach((arg, index) => {
    const used = index < 6 ? ((argMask >> (5 - index)) & 1) === 1 : restArgs;
    if (used) kept[index] = arg;
  });
  return kept;
}

export type ServerActionResponse<T> = {
  status: number;
  /** The path the action redirected to (without the `;push` suffix), if it did. */
  redirect?: string;
  /** The value the action returned (only when it neither redirected nor failed). */
  result?: T;
  /** A Next-Action id the server did not recognise (e.g. a different build). */
  unrecognised: boolean;
};

export type CallServerActionOptions = {
  baseUrl: string;
  /** The page the form is on: the action is posted there. */
  pagePath: string;
  actionId: string;
  args: unknown[];
  /** The `Cookie` header of the signed-in browser. */
  cookie: string;
  signal?: AbortSignal;
};

/**
 * Posts the action and reads the whole response (so the latency a caller
 * measures includes the redirect target's payload, as in the browser). The
 * returned response also carries `setCookies` for the caller's cookie jar.
 */
export async function callServerAction<T>(options: CallServerActionOptions): Promise<ServerActionResponse<T> & { setCookies: string[] }> {
  const url = new URL(options.pagePath, options.baseUrl);
  // The action's result may hand back the arguments it was given (a form
  // state returns the submitted values); they travel as references into this set.
  const temporaryReferences = createTemporaryReferenceSet();
  const response = await fetch(url, {
    method: "POST",
    redirect: "manual",
    signal: options.signal,
    headers: {
      Accept: "text/x-component",
      "Next-Action": options.actionId,
      Origin: url.origin,
      Cookie: options.cookie,
    },
    body: await encodeReply(usedArguments(options.actionId, options.args), { temporaryReferences }),
  });
  const setCookies = response.headers.getSetCookie();
  const unrecognised = response.headers.get("x-nextjs-action-not-found") === "1";
  const redirectHeader = response.headers.get("x-action-redirect");
  const isFlight = (response.headers.get("content-type") ?? "").startsWith("text/x-component");
  const base = { status: response.status, unrecognised, setCookies };

  if (redirectHeader || !isFlight || response.status >= 400 || !response.body) {
    await response.arrayBuffer();
    return { ...base, redirect: redirectHeader?.split(";")[0] || undefined };
  }
  const root = await createFromFetch<{ a?: Promise<T> | T }>(Promise.resolve(response), {
    serverConsumerManifest: { moduleMap: {}, serverModuleMap: null, moduleLoading: null },
    temporaryReferences,
  });
  return { ...base, result: await root.a };
}
