import type { Locator, Page } from "@playwright/test";
import type { Db } from "../lib/db";
import { test, expect, login, type TestOrganisation } from "./fixtures";

const shots = process.env.E2E_SCREENSHOTS;

/** The form section whose heading matches, e.g. "(b) Purposes and legal bases". */
const section = (page: Page, name: RegExp) => page.getByRole("region", { name });

/** Types into a picker and chooses the option whose name matches. */
async function pick(scope: Page | Locator, label: string | RegExp | Locator, text: string, option: RegExp) {
  const box = typeof label === "string" || label instanceof RegExp ? scope.getByRole("combobox", { name: label }) : label;
  await box.fill(text);
  await scope.getByRole("option", { name: option }).click();
}

async function makeActivity(db: Db, organisation: TestOrganisation, reference: string) {
  const basis = await db.legalBasis.findFirstOrThrow({ where: { organisationId: organisation.id, citation: "Art. 6(1)(b) GDPR" }, select: { id: true } });
  return db.processingActivity.create({
    data: {
      organisationId: organisation.id,
      reference,
      name: "Customer support",
      status: "ACTIVE",
      owner: "Support lead",
      purposes: { create: { description: "Answer support requests", legalBases: { create: { legalBasisId: basis.id } } } },
    },
    select: { id: true, name: true },
  });
}

test.describe("editing processing activities", () => {
  test("a DPO creates an activity with every section filled and sees it on its page", async ({ page, makeOrganisation, makeUser }) => {
    const organisation = await makeOrganisation();
    await login(page, await makeUser(organisation, "DPO"));
    await page.goto("/activities/new");

    const general = section(page, /About this activity/);
    await general.getByRole("textbox", { name: "Name", exact: true }).fill("Loyalty programme");
    await general.getByLabel(/Reference code/).fill("MKT-07");
    await general.getByLabel("Description", { exact: true }).fill("Points and rewards for registered customers.");
    await general.getByLabel("Department").fill("Marketing");
    await general.getByLabel(/^Owner/).fill("Head of CRM");
    await general.getByLabel(/^Status/).selectOption("ACTIVE");

    const responsible = section(page, /Role and joint controllers/);
    await responsible.getByRole("radio", { name: "Joint controller" }).check();
    await responsible.getByRole("combobox").fill("Partner Retail GmbH");
    await responsible.getByRole("option", { name: /Create joint controller “Partner Retail GmbH”/ }).click();
    const dialog = page.getByRole("dialog", { name: "New recipient" });
    await expect(dialog.getByLabel("Kind of recipient")).toHaveValue("JOINT_CONTROLLER");
    await dialog.getByRole("button", { name: "Add and choose" }).click();
    await expect(dialog).toBeHidden();
    await expect(responsible.getByLabel("Note on Partner Retail GmbH")).toBeVisible();
    await responsible.getByLabel("Essence of the arrangement").fill("We answer all data subject requests.");

    const purposes = section(page, /Purposes and legal bases/);
    await purposes.getByRole("button", { name: "Add a purpose" }).click();
    await purposes.getByLabel(/What the data is used for/).fill("Reward loyal customers");
    await pick(purposes, /Legal basis/, "legitimate", /6\(1\)\(f\)/);
    await purposes.getByLabel(/Legitimate interests pursued/).fill("Keeping customers through rewards");
    await purposes.getByLabel(/Balancing test/).fill("LIA-2026-04");

    const data = section(page, /Data subjects, personal data and retention/);
    await pick(data, /Categories of data subjects/, "Custom", /^Customers/);
    await data.getByRole("button", { name: "Add a data category" }).click();
    await data.getByRole("combobox", { name: /Data category/ }).fill("Loyalty card number");
    await data.getByRole("option", { name: /Create data category “Loyalty card number”/ }).click();
    const categoryDialog = page.getByRole("dialog", { name: "New data category" });
    await categoryDialog.getByLabel("Default retention").fill("3 years after the last purchase");
    await categoryDialog.getByRole("button", { name: "Add and choose" }).click();
    await expect(data.getByLabel(/^Retention/)).toHaveValue("3 years after the last purchase");
    await data.getByLabel(/^Details/).fill("Card number and points balance");
    await data.getByRole("button", { name: "Add a data category" }).click();
    await pick(data, data.getByRole("combobox", { name: /Data category/ }).last(), "Genetic", /Genetic data/);
    await data.getByLabel(/Art\. 9\(2\) condition/).selectOption({ label: "Art. 9(2)(a) GDPR – Explicit consent" });

    const recipients = section(page, /Recipients/);
    await recipients.getByRole("combobox").fill("Mailer Ltd");
    await recipients.getByRole("option", { name: /Create recipient “Mailer Ltd”/ }).click();
    await page.getByRole("dialog", { name: "New recipient" }).getByRole("button", { name: "Add and choose" }).click();
    await expect(recipients.getByText("Processing agreement missing")).toBeVisible();
    await recipients.getByLabel("Note on Mailer Ltd").fill("Sends the points statements");

    const transfers = section(page, /Transfers to third countries/);
    await expect(transfers.getByLabel("Country")).toHaveCount(0);
    await transfers.getByRole("radio", { name: "There are transfers" }).check();
    await pick(transfers, "Country", "India", /^India/);
    await pick(transfers, "Recipient", "Mailer", /Mailer Ltd/);
    await transfers.getByLabel("Safeguard").selectOption("SCC");
    await transfers.getByLabel(/^Reference/).fill("DPA annex 3");

    const security = section(page, /security measures/);
    await pick(security, /Security measures/, "Encryption at rest", /Encryption at rest/);
    await security.getByLabel("General description").fill("Pseudonymous card numbers.");

    const source = section(page, /Source of the data/);
    await source.getByLabel("Where the data comes from").selectOption("BOTH");
    await source.getByLabel("Other sources").fill("Partner shops");
    await source.getByLabel(/publicly accessible/).check();

    const assessment = section(page, /DPIA and automated decisions/);
    await assessment.getByRole("group", { name: /impact assessment/ }).getByRole("radio", { name: "Yes" }).check();
    await assessment.getByLabel("DPIA status").selectOption("IN_PROGRESS");
    await assessment.getByLabel(/DPIA reference/).fill("DPIA-12");
    await assessment.getByRole("group", { name: /Automated decision-making/ }).getByRole("radio", { name: "Yes" }).check();
    await assessment.getByLabel(/The logic involved/).fill("Points decide the reward tier.");
    await assessment.getByLabel(/Significance/).fill("Higher tiers get better offers.");

    const provision = section(page, /Provision and storage/);
    await provision.getByLabel(/Is providing the data required/).selectOption("CONTRACTUAL");
    await provision.getByLabel(/Consequences of not providing/).fill("No points can be collected.");
    await provision.getByLabel(/Storage location/).fill("CRM in Frankfurt");

    const review = section(page, /^Review/);
    await review.getByLabel("Last reviewed on").fill("2026-01-10");
    await review.getByLabel("Next review on").fill("2027-01-10");
    const text = section(page, /Text for privacy policies/);
    await text.getByLabel("Title in privacy policies").fill("Our loyalty programme");
    await text.getByLabel("Description in privacy policies").fill("How we run the loyalty programme.");

    if (shots) await page.screenshot({ path: `${shots}/activity-form-filled.png`, fullPage: true });
    await page.getByRole("button", { name: "Create activity" }).click();

    await expect(page).toHaveURL(/\/activities\/[^/]+\?saved=1$/);
    await expect(page.getByRole("heading", { level: 1, name: "Loyalty programme" })).toBeVisible();
    for (const fact of ["Reward loyal customers", "Keeping customers through rewards", "Partner Retail GmbH", "Loyalty card number", "Genetic data", "Mailer Ltd", "India", "Encryption at rest", "CRM in Frankfurt", "Points decide the reward tier."]) {
      await expect(page.getByText(fact, { exact: false }).first()).toBeVisible();
    }
  });

  // The edit form cited Art. 30(1) for every part, also for processing on
  // behalf of a controller, whose record is the shorter one of Art. 30(2).
  test("the form cites the items of the record being edited: Art. 30(2) once the organisation acts as processor", async ({ page, makeOrganisation, makeUser }) => {
    const organisation = await makeOrganisation("Citations B.V.");
    await login(page, await makeUser(organisation, "DPO"));
    await page.goto("/activities/new");
    const heading = (name: RegExp) => section(page, name).getByRole("heading", { level: 2 });
    await expect(heading(/Transfers to third countries/)).toContainText("Art. 30(1)(e)");
    await expect(heading(/Data subjects, personal data and retention/)).toContainText("Art. 30(1)(c), (f)");
    await page.getByRole("radio", { name: "Processor", exact: true }).check();
    await expect(heading(/Transfers to third countries/)).toContainText("(c)");
    await expect(heading(/Transfers to third countries/)).toContainText("Art. 30(2)(c)");
    await expect(heading(/Technical and organisational security measures/)).toContainText("Art. 30(2)(d)");
    await expect(heading(/Data subjects, personal data and retention/)).toContainText("not required by Art. 30(2)");
  });

  test("a refused save keeps every input and points at the fields", async ({ page, makeOrganisation, makeUser, db }) => {
    const organisation = await makeOrganisation();
    await makeActivity(db, organisation, "HR-01");
    await login(page, await makeUser(organisation, "EDITOR"));
    await page.goto("/activities/new");
    await page.getByLabel(/Reference code/).fill("HR-01");
    await page.getByLabel("Description", { exact: true }).fill("Everything about payroll.");
    await page.getByLabel(/^Status/).selectOption("ACTIVE");
    await page.getByRole("button", { name: "Add a purpose" }).click();
    await page.getByLabel(/What the data is used for/).fill("Check for fraud");
    await pick(page, /Legal basis/, "6(1)(f)", /6\(1\)\(f\)/);
    await page.getByRole("button", { name: "Create activity" }).click();

    const name = page.getByRole("textbox", { name: "Name", exact: true });
    await expect(name).toBeFocused();
    await expect(name).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Enter the name of the activity.")).toBeVisible();
    await expect(page.getByText(/Describe the legitimate interests pursued/)).toBeVisible();
    await expect(page.getByLabel(/Reference code/)).toHaveValue("HR-01");
    await expect(page.getByLabel("Description", { exact: true })).toHaveValue("Everything about payroll.");
    await expect(page.getByLabel(/What the data is used for/)).toHaveValue("Check for fraud");
    await expect(page.getByRole("button", { name: /Remove Art\. 6\(1\)\(f\)/ })).toBeVisible();
    await expect(page).toHaveURL(/\/activities\/new$/);

    // The server refuses the reference already in use; the form keeps everything.
    await page.getByRole("textbox", { name: "Name", exact: true }).fill("Fraud checks");
    await page.getByLabel(/Legitimate interests pursued/).fill("Preventing fraud");
    await page.getByRole("button", { name: "Create activity" }).click();
    await expect(page.getByText("Another activity already uses the reference “HR-01”. Choose a different one.")).toBeVisible();
    await expect(page.getByLabel(/Reference code/)).toBeFocused();
    await expect(page.getByLabel(/Legitimate interests pursued/)).toHaveValue("Preventing fraud");
    await expect(page.getByRole("textbox", { name: "Name", exact: true })).toHaveValue("Fraud checks");
  });

  test("two people edit the same activity: the second sees who changed what and reapplies on top", async ({ browser, makeOrganisation, makeUser, db }) => {
    const organisation = await makeOrganisation();
    const activity = await makeActivity(db, organisation, "SUP-01");
    const [first, second] = await Promise.all([browser.newContext(), browser.newContext()]);
    const [alice, bob] = [await first.newPage(), await second.newPage()];
    const aliceUser = await makeUser(organisation, "DPO");
    await login(alice, aliceUser);
    await login(bob, await makeUser(organisation, "EDITOR"));
    await Promise.all([alice.goto(`/activities/${activity.id}/edit`), bob.goto(`/activities/${activity.id}/edit`)]);

    await alice.getByLabel(/^Owner/).fill("Head of support");
    await alice.getByRole("button", { name: "Save changes" }).click();
    await expect(alice).toHaveURL(/saved=1/);

    await bob.getByLabel("Department").fill("Customer care");
    await bob.getByRole("button", { name: "Save changes" }).click();
    const panel = bob.getByRole("region", { name: /Someone else saved this record/ });
    await expect(panel).toBeVisible();
    await expect(panel).toContainText(aliceUser.email);
    await expect(panel.getByRole("row", { name: /Owner.*Support lead.*Head of support/ })).toBeVisible();
    await expect(bob.getByLabel("Department")).toHaveValue("Customer care");
    if (shots) await bob.screenshot({ path: `${shots}/conflict-panel.png` });

    await panel.getByRole("button", { name: "Apply my changes on top" }).click();
    await expect(bob).toHaveURL(/saved=1/);
    const saved = await db.processingActivity.findUniqueOrThrow({ where: { id: activity.id }, select: { owner: true, department: true, version: true } });
    expect(saved).toEqual({ owner: "Head of support", department: "Customer care", version: 3 });
    await Promise.all([first.close(), second.close()]);
  });

  test("a viewer sees no editing controls and a direct call of the action is refused", async ({ page, makeOrganisation, makeUser, db }) => {
    const organisation = await makeOrganisation();
    const activity = await makeActivity(db, organisation, "SUP-02");
    await login(page, await makeUser(organisation, "VIEWER"));
    await page.goto(`/activities/${activity.id}`);
    await expect(page.getByRole("heading", { level: 1, name: activity.name })).toBeVisible();
    for (const name of ["Edit", "Duplicate", "Retire", "Delete"]) {
      await expect(page.getByRole("button", { name, exact: true }).or(page.getByRole("link", { name, exact: true }))).toHaveCount(0);
    }
    expect((await page.goto(`/activities/${activity.id}/edit`))?.status()).toBe(403);
    expect((await page.goto("/activities/new"))?.status()).toBe(403);

    // The action id is the one the edit page of an editor's browser posts to.
    const editor = await makeUser(organisation, "EDITOR");
    const editorContext = await page.context().browser()!.newContext();
    const editorPage = await editorContext.newPage();
    await login(editorPage, editor);
    await editorPage.goto(`/activities/${activity.id}`);
    const request = editorPage.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
    await editorPage.getByRole("button", { name: "Retire" }).click();
    const posted = await request;
    await expect(editorPage.getByText(/The activity is retired/)).toBeVisible();
    await db.processingActivity.update({ where: { id: activity.id }, data: { status: "ACTIVE" } });
    const version = (await db.processingActivity.findUniqueOrThrow({ where: { id: activity.id } })).version;

    const response = await page.request.post(`/activities/${activity.id}`, {
      headers: { "next-action": posted.headers()["next-action"], "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
      data: JSON.stringify([activity.id, version]),
    });
    expect(response.ok()).toBe(false);
    expect(await db.processingActivity.findUniqueOrThrow({ where: { id: activity.id }, select: { status: true, version: true } })).toEqual({ status: "ACTIVE", version });
    await editorContext.close();
  });

  test("duplicate opens the copy's edit page, and delete asks first", async ({ page, makeOrganisation, makeUser, db }) => {
    const organisation = await makeOrganisation();
    const activity = await makeActivity(db, organisation, "WEB-01");
    await login(page, await makeUser(organisation, "EDITOR"));
    await page.goto(`/activities/${activity.id}`);
    await page.getByRole("button", { name: "Duplicate" }).click();
    await expect(page).toHaveURL(/\/edit\?duplicated=1$/);
    await expect(page.getByLabel(/Reference code/)).toHaveValue("WEB-01-copy");
    await expect(page.getByLabel(/^Status/)).toHaveValue("DRAFT");

    await page.goto(`/activities/${activity.id}`);
    await page.getByRole("button", { name: "Delete" }).click();
    const confirm = page.getByRole("dialog", { name: "Delete activity WEB-01?" });
    await confirm.getByRole("button", { name: "Cancel" }).click();
    expect(await db.processingActivity.count({ where: { id: activity.id } })).toBe(1);
    await page.getByRole("button", { name: "Delete" }).click();
    if (shots) await page.screenshot({ path: `${shots}/delete-confirm.png` });
    await confirm.getByRole("button", { name: "Delete activity" }).click();
    await expect(page).toHaveURL(/\/activities\?deleted=1$/);
    expect(await db.processingActivity.count({ where: { id: activity.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { entityId: activity.id, action: "DELETE" } })).toBe(1);
  });
});
