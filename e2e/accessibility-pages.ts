/**
 * Every page a person can open, as the accessibility spec visits it. Each
 * entry names the route as it is written under app/ (route groups dropped) and
 * how to fill in its segments from real records. test/accessibility/
 * page-coverage.test.ts fails when a page.tsx (or a public HTML route) appears
 * that no entry covers, so a new page cannot skip the axe check.
 */

/** Ids of real records the dashboard pages are opened with. */
export type PageIds = {
  activity: string;
  recipient: string;
  policy: string;
  catalogue: Record<CatalogueType, string>;
  apiToken: string;
  webhook: string;
  importUpload: string;
  invitationToken: string;
};

export const CATALOGUE_TYPES = ["legal-bases", "data-categories", "data-subjects", "security-measures"] as const;
type CatalogueType = (typeof CATALOGUE_TYPES)[number];

/** Who has to be signed in: the demo DPO, the owner of an organisation with tokens, webhooks and an upload, or nobody. */
export type Visitor = "demo-dpo" | "owner" | "anyone";

export type PageEntry = { route: string; visitor: Visitor; paths: (ids: PageIds) => string[] };

const eachCatalogue = (path: (type: CatalogueType, ids: PageIds) => string) => (ids: PageIds) =>
  CATALOGUE_TYPES.map((type) => path(type, ids));

export const DASHBOARD_PAGES: PageEntry[] = [
  { route: "/", visitor: "demo-dpo", paths: () => ["/"] },
  { route: "/account", visitor: "demo-dpo", paths: () => ["/account"] },
  { route: "/activities", visitor: "demo-dpo", paths: () => ["/activities"] },
  { route: "/activities/new", visitor: "demo-dpo", paths: () => ["/activities/new"] },
  { route: "/activities/[id]", visitor: "demo-dpo", paths: (ids) => [`/activities/${ids.activity}`] },
  { route: "/activities/[id]/edit", visitor: "demo-dpo", paths: (ids) => [`/activities/${ids.activity}/edit`] },
  { route: "/activities/[id]/history", visitor: "demo-dpo", paths: (ids) => [`/activities/${ids.activity}/history`] },
  { route: "/audit", visitor: "demo-dpo", paths: () => ["/audit"] },
  { route: "/catalogues", visitor: "demo-dpo", paths: () => ["/catalogues"] },
  { route: "/catalogues/[type]/new", visitor: "demo-dpo", paths: eachCatalogue((type) => `/catalogues/${type}/new`) },
  { route: "/catalogues/[type]/[id]", visitor: "demo-dpo", paths: eachCatalogue((type, ids) => `/catalogues/${type}/${ids.catalogue[type]}`) },
  { route: "/catalogues/[type]/[id]/history", visitor: "demo-dpo", paths: (ids) => [`/catalogues/legal-bases/${ids.catalogue["legal-bases"]}/history`] },
  { route: "/organisations/new", visitor: "demo-dpo", paths: () => ["/organisations/new"] },
  { route: "/policies", visitor: "demo-dpo", paths: () => ["/policies"] },
  { route: "/policies/new", visitor: "demo-dpo", paths: () => ["/policies/new"] },
  { route: "/policies/[id]", visitor: "demo-dpo", paths: (ids) => [`/policies/${ids.policy}`] },
  { route: "/policies/[id]/publish", visitor: "demo-dpo", paths: (ids) => [`/policies/${ids.policy}/publish`] },
  { route: "/policies/[id]/versions", visitor: "demo-dpo", paths: (ids) => [`/policies/${ids.policy}/versions`] },
  { route: "/recipients", visitor: "demo-dpo", paths: () => ["/recipients"] },
  { route: "/recipients/new", visitor: "demo-dpo", paths: () => ["/recipients/new"] },
  { route: "/recipients/[id]", visitor: "demo-dpo", paths: (ids) => [`/recipients/${ids.recipient}`] },
  { route: "/recipients/[id]/edit", visitor: "demo-dpo", paths: (ids) => [`/recipients/${ids.recipient}/edit`] },
  { route: "/recipients/[id]/history", visitor: "demo-dpo", paths: (ids) => [`/recipients/${ids.recipient}/history`] },
  { route: "/register", visitor: "demo-dpo", paths: () => ["/register"] },
  { route: "/register/import", visitor: "owner", paths: () => ["/register/import"] },
  { route: "/register/import/[id]", visitor: "owner", paths: (ids) => [`/register/import/${ids.importUpload}`] },
  { route: "/settings", visitor: "demo-dpo", paths: () => ["/settings"] },
  { route: "/settings/members", visitor: "demo-dpo", paths: () => ["/settings/members"] },
  { route: "/settings/languages", visitor: "demo-dpo", paths: () => ["/settings/languages"] },
  { route: "/translations", visitor: "demo-dpo", paths: () => ["/translations", "/translations?language=fr"] },
  { route: "/settings/api", visitor: "owner", paths: () => ["/settings/api"] },
  { route: "/settings/api/[id]", visitor: "owner", paths: (ids) => [`/settings/api/${ids.apiToken}`] },
  { route: "/settings/api/reference", visitor: "owner", paths: () => ["/settings/api/reference"] },
  { route: "/settings/webhooks", visitor: "owner", paths: () => ["/settings/webhooks"] },
  { route: "/settings/webhooks/[id]", visitor: "owner", paths: (ids) => [`/settings/webhooks/${ids.webhook}`] },
  // Pages seen without a session.
  { route: "/login", visitor: "anyone", paths: () => ["/login"] },
  { route: "/invite/[token]", visitor: "anyone", paths: (ids) => [`/invite/${ids.invitationToken}`, "/invite/not-a-real-token"] },
];

/** The public HTML pages (route handlers, not React pages), for the demo's published policy and a policy with two versions. */
export type PublicIds = { demoPolicy: string; comparedPolicy: string };

export const PUBLIC_PAGES: { route: string; paths: (ids: PublicIds) => string[] }[] = [
  { route: "/p/[org]/[policy]", paths: (ids) => [ids.demoPolicy] },
  { route: "/p/[org]/[policy]/v/[n]", paths: (ids) => [`${ids.demoPolicy}/v/1`] },
  { route: "/p/[org]/[policy]/versions", paths: (ids) => [`${ids.demoPolicy}/versions`, `${ids.comparedPolicy}/versions`] },
  { route: "/p/[org]/[policy]/compare", paths: (ids) => [`${ids.comparedPolicy}/compare?from=1&to=2`] },
  // Each language's own address (the policy is published in English).
  { route: "/p/[org]/[policy]/[lang]", paths: (ids) => [`${ids.demoPolicy}/en`] },
  { route: "/p/[org]/[policy]/[lang]/v/[n]", paths: (ids) => [`${ids.comparedPolicy}/en/v/1`] },
  { route: "/p/[org]/[policy]/[lang]/versions", paths: (ids) => [`${ids.comparedPolicy}/en/versions`] },
  { route: "/p/[org]/[policy]/[lang]/compare", paths: (ids) => [`${ids.comparedPolicy}/en/compare?from=1&to=2`] },
  { route: "/p/[...path]", paths: () => ["/p/no-such-organisation"] },
];

/** Not-found pages: the dashboard's (a record that does not exist) and the public one. */
export const NOT_FOUND_PAGES = ["/activities/no-such-activity", "/p/no-such-organisation/no-such-policy"];
