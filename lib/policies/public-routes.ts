/**
 * What the public route handlers serve, from stored versions only. Each
 * handler resolves the policy in the language of the address (`lang`: null
 * for the plain address, which serves the policy's default language), picks
 * the version and hands a Cacheable to cachedResponse; an unknown
 * organisation, policy, language or version is a plain 404.
 */
import "server-only";
import { renderComparePage } from "@/lib/policies/public-page/compare-page";
import { renderPolicyPage } from "@/lib/policies/public-page/policy-page";
import { renderVersionsPage } from "@/lib/policies/public-page/versions-page";
import { badAddressResponse, validAddress } from "@/lib/http/address";
import { publicOrigin } from "@/lib/http/public-origin";
import { contentHash } from "./content-hash";
import { redline, semanticDiff } from "./diff";
import { cachedResponse, CACHE_IMMUTABLE, CACHE_LATEST, notFoundResponse, parseVersionNumber, redirectResponse } from "./http";
import { cachedComparison, cachedPage, recentPublicPolicy } from "./public-cache";
import { getPublicVersion, versionInForce, type PublicPolicy } from "./public-queries";
import { publicVersionJson } from "./version-json";
import type { PageLanguages } from "./public-page/languages";

const HTML = "text/html; charset=utf-8";

/** 400 for an address holding control characters (lib/http/address.ts), before any query: proxy.ts does not run for /p/. */
function refusedAddress(request: Request): Response | null {
  const url = new URL(request.url);
  return validAddress(url.pathname, url.searchParams) ? null : badAddressResponse();
}

/** The address of the policy in a language: the plain one when `lang` is null. */
function policyBase(org: string, policy: string, lang: string | null): string {
  return `/p/${encodeURIComponent(org)}/${encodeURIComponent(policy)}${lang ? `/${lang}` : ""}`;
}

/**
 * This page (the part of the address after the policy's, `suffix`) in each
 * language that has it: `has` says whether a language has the version the
 * page shows; a language without it links to its own current version.
 */
function pageLanguages(policy: PublicPolicy, org: string, slug: string, suffix: string, has: (language: PublicPolicy["languages"][number]) => boolean = () => true): PageLanguages {
  return {
    current: policy.policy.language,
    links: policy.languages.map((language) => ({ language, href: `${policyBase(org, slug, language)}${has(language) ? suffix : ""}` })),
    xDefault: `${policyBase(org, slug, null)}${has(policy.languages[0]) ? suffix : ""}`,
  };
}

function urlsFor(request: Request, org: string, policy: string, lang: string | null) {
  return { origin: publicOrigin(request), base: policyBase(org, policy, lang) };
}

/** The policy in the address's language; an address naming the plain address's language itself is as good as the plain one. */
function publicPolicyIn(org: string, slug: string, lang: string | null) {
  return recentPublicPolicy(org, slug, lang);
}

function latestOf(policy: PublicPolicy) {
  return versionInForce(policy.versions, new Date());
}

/**
 * The policy page: the version in force, or version `number`. Which version
 * that is comes from the versions' metadata; the page itself is rendered
 * once per key (public-cache.ts): the version (number and content hash), the
 * address it is served at, the origin and base of its links, the
 * organisation's current name in its header, and whether the "takes effect
 * on" notice shows.
 */
export async function servePolicyPage(request: Request, org: string, slug: string, number: number | "latest", lang: string | null = null): Promise<Response> {
  const refused = refusedAddress(request);
  if (refused) return refused;
  const policy = await publicPolicyIn(org, slug, lang);
  if (!policy) return notFoundResponse();
  const wanted = number === "latest" ? latestOf(policy).number : number;
  const meta = policy.versions.find((version) => version.number === wanted);
  if (!meta) return notFoundResponse();
  const address = number === "latest" ? "latest" : "permanent";
  // Every language has its own numbers' rows; a number published before a language was added exists in fewer of them.
  const languages = pageLanguages(policy, org, slug, address === "latest" ? "" : `/v/${wanted}`, (language) => address === "latest" || policy.publishedNumbers[language]?.includes(wanted) === true);
  const urls = { ...urlsFor(request, org, slug, lang), languages };
  const now = new Date();
  const upcoming = address === "latest" && meta.effectiveAt > now;
  // The key holds the language (in the address and the alternates), so each language's page is cached apart.
  const key = JSON.stringify([org, slug, policy.policy.language, meta.number, meta.contentHash, address, urls, policy.organisation.legalName, policy.policy.title, upcoming]);
  const page = await cachedPage(key, async () => {
    const version = await getPublicVersion(org, slug, wanted, policy.policy.language);
    return version && renderPolicyPage(policy, version, address, urls, now);
  });
  if (!page) return notFoundResponse();
  return cachedResponse(request, {
    etag: meta.contentHash,
    lastModified: meta.createdAt,
    cacheControl: number === "latest" ? CACHE_LATEST : CACHE_IMMUTABLE,
    contentType: HTML,
    body: () => page,
  });
}

export async function serveVersionJson(request: Request, org: string, slug: string, raw: string | "latest", lang: string | null = null): Promise<Response> {
  const refused = refusedAddress(request);
  if (refused) return refused;
  const policy = await publicPolicyIn(org, slug, lang);
  if (!policy) return notFoundResponse();
  const number = raw === "latest" ? latestOf(policy).number : parseVersionNumber(raw);
  const version = number === null ? null : await getPublicVersion(org, slug, number, policy.policy.language);
  if (!version) return notFoundResponse();
  const urls = urlsFor(request, org, slug, lang);
  return cachedResponse(request, {
    etag: contentHash(["json", version.contentHash]),
    lastModified: version.createdAt,
    cacheControl: raw === "latest" ? CACHE_LATEST : CACHE_IMMUTABLE,
    contentType: "application/json; charset=utf-8",
    // Published policies are public: any site or tool may read them.
    headers: { "Access-Control-Allow-Origin": "*" },
    body: () => JSON.stringify(publicVersionJson(policy, version, `${urls.origin}${urls.base}/v/${version.number}`), null, 2),
  });
}

export async function serveVersions(request: Request, org: string, slug: string, lang: string | null = null): Promise<Response> {
  const refused = refusedAddress(request);
  if (refused) return refused;
  const policy = await publicPolicyIn(org, slug, lang);
  if (!policy) return notFoundResponse();
  const current = latestOf(policy).number;
  const urls = urlsFor(request, org, slug, lang);
  const languages = pageLanguages(policy, org, slug, "/versions");
  return cachedResponse(request, {
    etag: contentHash(["versions", policy.policy.language, policy.policy.title, policy.languages, urls, current, policy.versions.map((version) => version.contentHash)]),
    lastModified: policy.versions[0].createdAt,
    cacheControl: CACHE_LATEST,
    contentType: HTML,
    body: () => renderVersionsPage(policy, current, urls.base, languages, urls.origin),
  });
}

/**
 * The one address of a comparison: `from` and `to`, each at most once, in
 * that order, or null when the query is that already. Anything else (an
 * unknown parameter, a repeated or reordered one) would make a distinct
 * address for every cache between the reader and the server, each computed
 * again; such requests are redirected to the canonical address.
 */
function canonicalCompareQuery(search: URLSearchParams, from: number | null, to: number | null): string | null {
  const keys = [...search.keys()];
  const wanted = [...(search.has("from") ? ["from"] : []), ...(search.has("to") ? ["to"] : [])];
  if (keys.length === wanted.length && keys.every((key, index) => key === wanted[index])) return null;
  const query = new URLSearchParams();
  if (search.has("from")) query.set("from", String(from));
  if (search.has("to")) query.set("to", String(to));
  return query.size ? `?${query}` : "";
}

/**
 * The comparison of two versions. The page is rendered once per key (the
 * pair, the version form, the names it shows) and the comparison itself once
 * per pair of contents (public-cache.ts); versions are read from the database
 * only on a miss. The redline's work is bounded (diff.ts).
 */
export async function serveCompare(request: Request, org: string, slug: string, lang: string | null = null): Promise<Response> {
  const refused = refusedAddress(request);
  if (refused) return refused;
  const policy = await publicPolicyIn(org, slug, lang);
  if (!policy) return notFoundResponse();
  const search = new URL(request.url).searchParams;
  const latest = latestOf(policy).number;
  const to = search.has("to") ? parseVersionNumber(search.get("to")) : latest;
  const from = search.has("from") ? parseVersionNumber(search.get("from")) : to === null ? null : Math.max(1, to - 1);
  if (from === null || to === null) return notFoundResponse();
  const older = policy.versions.find((version) => version.number === from);
  const newer = policy.versions.find((version) => version.number === to);
  if (!older || !newer) return notFoundResponse();
  const urls = urlsFor(request, org, slug, lang);
  const canonical = canonicalCompareQuery(search, from, to);
  if (canonical !== null) return redirectResponse(`${urls.base}/compare${canonical}`);
  const pair = (language: PublicPolicy["languages"][number]) => [from, to].every((n) => policy.publishedNumbers[language]?.includes(n));
  const languages = pageLanguages(policy, org, slug, `/compare?from=${from}&to=${to}`, pair);
  const key = JSON.stringify(["compare", urls, languages, from, to, older.contentHash, newer.contentHash, policy]);
  const page = await cachedPage(key, async () => {
    const comparison = await cachedComparison(older.contentHash, newer.contentHash, async () => {
      const [a, b] = await Promise.all([getPublicVersion(org, slug, from, policy.policy.language), getPublicVersion(org, slug, to, policy.policy.language)]);
      if (!a || !b) return null;
      return { changes: semanticDiff(a.content.facts, b.content.facts), sections: redline(a.content, b.content) };
    });
    return comparison && renderComparePage({ policy, base: urls.base, from, to, ...comparison, languages, origin: urls.origin });
  });
  if (!page) return notFoundResponse();
  return cachedResponse(request, {
    etag: contentHash(["compare", older.contentHash, newer.contentHash, policy.versions.length]),
    lastModified: newer.createdAt > older.createdAt ? newer.createdAt : older.createdAt,
    // Not immutable even for fixed numbers: the version choice in the form grows with each publication.
    cacheControl: CACHE_LATEST,
    contentType: HTML,
    body: () => page,
  });
}
