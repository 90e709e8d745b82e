/**
 * The access matrix: every server action and route handler, who may call it,
 * and what everyone else gets. access-matrix.int.test.ts runs each entry for
 * every case against the real database, and fails when an entry point exists
 * that the matrix does not name (or the matrix names one that is gone).
 * docs/security.md ("Who may do what") is this table, rendered.
 *
 * The cases: nobody signed in; a member of each role of the organisation that
 * owns the targeted records ("own"); and the owner of another organisation,
 * signed in with their own organisation current, passing the first one's ids
 * ("foreign"), which must never change the first organisation's data.
 */
import { accountEntries } from "./matrix-account";
import { apiEntries } from "./matrix-api";
import { policyEntries } from "./matrix-policies";
import { recordEntries } from "./matrix-records";
import { registerEntries } from "./matrix-register";
import { CASES, type CaseName, type Entry } from "./matrix-types";
import { translationEntries } from "./matrix-translations";
import { webhookEntries } from "./matrix-webhooks";
import { OUTCOME_KINDS } from "./outcomes";

export { entryName, type Entry } from "./matrix-types";

export const ACCESS_MATRIX: readonly Entry[] = [...recordEntries, ...registerEntries, ...policyEntries, ...accountEntries, ...translationEntries, ...webhookEntries, ...apiEntries];

const caseTitles: Record<CaseName, string> = {
  anonymous: "Not signed in",
  VIEWER: "Viewer",
  EDITOR: "Editor",
  DPO: "DPO",
  OWNER: "Owner",
  foreign: "Owner of another organisation",
};

const roleTitles = { public: "public", VIEWER: "Viewer", EDITOR: "Editor", DPO: "DPO", OWNER: "Owner" } as const;

/** "GET /p/[org]/[policy]" for a route handler, "saveActivityAction" (its module) for an action. */
function entryPointLabel(target: string): string {
  const [file, name] = target.split("#");
  if (!file.startsWith("app/")) return `\`${name}\` (${file.replace(/^lib\//, "")})`;
  const path = file.replace(/^app/, "").replace(/\/\([^/]+\)/g, "").replace(/\/route\.ts$/, "") || "/";
  return `\`${name} ${path}\``;
}

/** The "Who may do what" section of docs/security.md, generated from the matrix. */
export function renderAccessTable(entries: readonly Entry[] = ACCESS_MATRIX): string {
  const notes: string[] = [];
  const rows = entries
    .filter((entry) => entry.inTable !== false)
    .map((entry) => {
      const extra = [entry.note, entry.coveredBy ? `Not run by the matrix test: ${entry.coveredBy} covers it.` : undefined].filter(Boolean).join(" ");
      const number = !extra ? 0 : notes.includes(extra) ? notes.indexOf(extra) + 1 : notes.push(extra);
      const what = `${entry.does}${number ? ` [${number}]` : ""}`;
      return `| ${what} | ${entryPointLabel(entry.target)} | ${roleTitles[entry.minRole]} | ${CASES.map((c) => entry.expect[c]).join(" | ")} |`;
    });
  return [
    "## Who may do what",
    "",
    "Every server action and route handler, the lowest role that may use it, and",
    "what each kind of caller gets. Roles rank Viewer < Editor < DPO < Owner; each",
    "entry point checks the role itself (`requireMember` / `requireMemberForAction`),",
    "and every query is scoped to the caller's current organisation, so another",
    "organisation's ids are simply not found. “Owner of another organisation”",
    "means a signed-in owner of a different organisation who sends this",
    "organisation's ids; where an action takes no id, it acts on the caller's own",
    "organisation and this one stays unchanged.",
    "",
    "In short: everyone signed in reads and exports the register; editors change",
    "records, import spreadsheets and write policy drafts; the DPO and owners also",
    "delete catalogue entries and recipients, publish policies, restore a JSON",
    "register and edit the organisation profile; owners manage members and create",
    "further organisations. Published policies are public.",
    "",
    "This table is generated from `test/security/access-matrix.ts`; the integration",
    "test `test/security/access-matrix.int.test.ts` runs every cell against a real",
    "database (checking that allowed calls had their effect and refused ones changed",
    "nothing), fails when an action or route handler is missing from the matrix, and",
    "fails when this section differs from the matrix (run it with",
    "`UPDATE_SECURITY_DOC=1` to rewrite the section).",
    "",
    `| What | Entry point | Minimum role | ${CASES.map((c) => caseTitles[c]).join(" | ")} |`,
    `|---|---|---|${CASES.map(() => "---").join("|")}|`,
    ...rows,
    "",
    "Outcomes:",
    "",
    ...Object.entries(OUTCOME_KINDS)
      .filter(([kind]) => kind !== "error")
      .map(([kind, meaning]) => `- **${kind}**: ${meaning}.`),
    "",
    "Notes:",
    "",
    ...notes.map((note, index) => `${index + 1}. ${note}`),
    "",
  ].join("\n");
}
