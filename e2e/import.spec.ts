import ExcelJS from "exceljs";
import type { Page } from "@playwright/test";
import { test, expect, login, DEMO } from "./fixtures";

const HEADERS = [
  "Reference",
  "Name of processing activity",
  "Business function",
  "Purpose of processing",
  "Article 6 lawful basis for processing personal data",
  "Categories of individuals",
  "Categories of personal data",
  "Retention schedule (if possible)",
  "Owner's notes",
];

// A register as a DPO keeps it: the ICO contact block above the header row.
async function workbook(rows: string[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Register");
  sheet.addRow(["", "Name", "Address", "Email", "Telephone"]);
  sheet.addRow(["Controller", "Example Ltd", "1 High Street, London", "privacy@example.test", ""]);
  sheet.addRow([]);
  sheet.addRow(HEADERS);
  rows.forEach((row) => sheet.addRow(row));
  return Buffer.from(await book.xlsx.writeBuffer());
}

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async function upload(page: Page, name: string, buffer: Buffer) {
  await page.goto("/register/import");
  await page.getByLabel("Register file").setInputFiles({ name, mimeType: XLSX, buffer });
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page.getByRole("heading", { name: `Preview: ${name}` })).toBeVisible();
}

async function screenshots(page: Page, name: string) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: test.info().outputPath(`${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("an editor imports a spreadsheet: a bad row blocks the import, a good file comes in", async ({ page, makeOrganisation, makeUser }) => {
  const organisation = await makeOrganisation();
  await login(page, await makeUser(organisation, "EDITOR"));
  await page.goto("/register/import");
  await expect(page.getByRole("heading", { name: "Import a register" })).toBeVisible();
  await screenshots(page, "import-upload");

  await upload(
    page,
    "with-error.xlsx",
    await workbook([
      ["HR-01", "Payroll", "HR", "Paying salaries", "Art. 6(1)(b)", "Employees", "Contact data", "6 years", ""],
      ["HR-02", "Staff parties", "HR", "Inviting staff", "Art. 6(1)(q)", "Employees", "Contact data", "", ""],
    ]),
  );
  await expect(page.getByText("1 row with errors")).toBeVisible();
  await expect(page.getByText(/“Art\. 6\(1\)\(q\)” is not a legal basis in your catalogue/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Import 1 activity" })).toBeDisabled();
  // The column nobody knows is shown for mapping, not silently used.
  await expect(page.getByRole("combobox", { name: "Owner's notes" })).toHaveValue("");
  await screenshots(page, "import-preview-errors");

  // The preview is kept on the server: a reload shows it again.
  await page.reload();
  await expect(page.getByText("1 row with errors")).toBeVisible();

  await upload(
    page,
    "register.xlsx",
    await workbook([
      ["HR-01", "Payroll", "HR", "Paying salaries", "Art. 6(1)(b)", "Employees", "Contact data; Payroll records", "6 years", ""],
      ["HR-02", "Staff parties", "HR", "Inviting staff", "6(1)(a) consent", "Employees", "contact data", "", ""],
    ]),
  );
  await expect(page.getByText("0 rows with errors")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Catalogue entries to create" })).toBeVisible();
  await expect(page.getByText("Payroll records")).toBeVisible();
  const confirm = page.getByRole("button", { name: "Import 2 activities" });
  await expect(confirm).toBeDisabled();
  await page.getByRole("checkbox", { name: /Create the 1 missing catalogue entry/ }).check();
  await confirm.click();
  await expect(page.getByRole("status").filter({ hasText: "The import is complete." })).toBeVisible();
  await expect(page.getByText("2 processing activities were imported, and 1 catalogue entry was created")).toBeVisible();
  await screenshots(page, "import-success");

  await page.getByRole("link", { name: "View the activities" }).click();
  await expect(page.getByRole("link", { name: "Payroll" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Staff parties" })).toBeVisible();
});

test("an activity written one line per purpose, as our XLSX export does, is one activity with each purpose's own basis", async ({ page, db, makeOrganisation, makeUser }) => {
  const organisation = await makeOrganisation();
  await login(page, await makeUser(organisation, "EDITOR"));
  await upload(
    page,
    "per-purpose.xlsx",
    await workbook([
      ["HR-01", "Payroll", "HR", "Paying salaries", "Art. 6(1)(b)", "Employees", "Contact data", "6 years", ""],
      ["HR-01", "Payroll", "HR", "Reporting to the tax office", "Art. 6(1)(c)", "Employees", "Contact data", "6 years", ""],
    ]),
  );
  await expect(page.getByRole("list", { name: "Rows of the file" }).getByText("Rows 5–6")).toBeVisible();
  await screenshots(page, "import-preview-per-purpose");
  await page.getByRole("button", { name: "Import 1 activity" }).click();
  await expect(page.getByText("1 processing activity was imported")).toBeVisible();
  const purposes = await db.purpose.findMany({
    where: { activity: { organisationId: organisation.id, reference: "HR-01" } },
    orderBy: { position: "asc" },
    select: { description: true, legalBases: { select: { legalBasis: { select: { citation: true } } } } },
  });
  expect(purposes.map((purpose) => [purpose.description, purpose.legalBases.map((link) => link.legalBasis.citation)])).toEqual([
    ["Paying salaries", ["Art. 6(1)(b) GDPR"]],
    ["Reporting to the tax office", ["Art. 6(1)(c) GDPR"]],
  ]);
});

test("a wrong file gets a message and nothing is written; viewers cannot import", async ({ page, db, makeOrganisation, makeUser }) => {
  const organisation = await makeOrganisation();
  await login(page, await makeUser(organisation, "EDITOR"));
  await page.goto("/register/import");
  await page.getByLabel("Register file").setInputFiles({ name: "orders.csv", mimeType: "text/csv", buffer: Buffer.from("Customer,Order\nAlice,1\n") });
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page.getByText(/No header row of the ICO register layout was found/)).toBeVisible();
  await expect(page.getByLabel("Register file")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Register file").setInputFiles({ name: "register.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4") });
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page.getByText(/Choose an Excel workbook \(\.xlsx\), a CSV file/)).toBeVisible();
  await page.getByLabel("Register file").setInputFiles({ name: "huge.csv", mimeType: "text/csv", buffer: Buffer.alloc(10 * 1024 * 1024 + 1, 97) });
  await expect(page.getByText(/The file is larger than 10 MB/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Upload and preview" })).toBeDisabled();
  expect(await db.processingActivity.count({ where: { organisationId: organisation.id } })).toBe(0);

  const viewerOrganisation = await makeOrganisation();
  const viewerPage = await page.context().browser()!.newPage();
  await login(viewerPage, await makeUser(viewerOrganisation, "VIEWER"));
  const response = await viewerPage.goto("/register/import");
  expect(response?.status()).toBe(403);
  await viewerPage.close();
});

test("a DPO restores the demo register from its JSON export into a new organisation", async ({ page, browser, makeOrganisation, makeUser }) => {
  const demo = await browser.newPage();
  await login(demo, DEMO.dpo);
  const exported = await demo.request.get("/register/export/json");
  expect(exported.ok()).toBe(true);
  const buffer = Buffer.from(await exported.body());
  await demo.close();

  const organisation = await makeOrganisation();
  await login(page, await makeUser(organisation, "DPO"));
  await page.goto("/register/import");
  await page.getByLabel("Register file").setInputFiles({ name: "open-xchange.json", mimeType: "application/json", buffer });
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page.getByRole("heading", { name: "Contents of the file" })).toBeVisible();
  await expect(page.getByText("Web server log files")).toBeVisible();
  await screenshots(page, "import-json-preview");
  await page.getByRole("button", { name: "Restore the register" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The register was restored." })).toBeVisible();
  await page.getByRole("link", { name: "View the activities" }).click();
  await expect(page.getByRole("link", { name: "Web server log files" })).toBeVisible();
});

test("uploads waiting for confirmation are listed, can be cancelled, and a sixth is refused with a message", async ({ page, makeOrganisation, makeUser }) => {
  const organisation = await makeOrganisation();
  await login(page, await makeUser(organisation, "EDITOR"));
  const file = await workbook([["HR-01", "Payroll", "HR", "Paying salaries", "Art. 6(1)(b)", "Employees", "Contact data", "6 years", ""]]);
  for (let i = 1; i <= 5; i++) await upload(page, `register-${i}.xlsx`, file);

  await page.goto("/register/import");
  const waiting = page.getByRole("list").filter({ hasText: "register-1.xlsx" });
  await expect(waiting.getByRole("listitem")).toHaveCount(5);
  await page.getByLabel("Register file").setInputFiles({ name: "register-6.xlsx", mimeType: XLSX, buffer: file });
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page.getByText("You have 5 uploads waiting for confirmation")).toBeVisible();
  await page.getByRole("button", { name: "Cancel the upload of register-3.xlsx" }).focus();
  await screenshots(page, "import-waiting");

  await page.keyboard.press("Enter");
  await expect(page.getByText("register-3.xlsx")).toHaveCount(0);
  await expect(waiting.getByRole("listitem")).toHaveCount(4);
  await page.getByRole("link", { name: "Open the preview of register-1.xlsx" }).click();
  await expect(page.getByRole("heading", { name: "Preview: register-1.xlsx" })).toBeVisible();
  await upload(page, "register-6.xlsx", file);
});
