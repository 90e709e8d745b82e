import fs from "node:fs/promises";
import ExcelJS from "exceljs";
import { test, expect, login, DEMO } from "./fixtures";
import type { Page } from "@playwright/test";

const FILE_NAME = (extension: string) => new RegExp(`^${DEMO.slug}-register-\\d{4}-\\d{2}-\\d{2}\\.${extension}$`);

async function download(page: Page, linkName: string) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: linkName }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), body: await fs.readFile(path) };
}

test("a DPO downloads the register in each format from the register page", async ({ page }) => {
  await login(page, DEMO.dpo);
  await page.goto("/register");
  await expect(page.getByRole("heading", { name: /Controller register/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Web server log files/ })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Hohenzollernring 72, 50672 Köln, Germany" }).first()).toBeVisible();

  const xlsx = await download(page, "Excel (ICO layout)");
  expect(xlsx.name).toMatch(FILE_NAME("xlsx"));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
  const valuesOf = (sheet: string) => {
    const values: string[] = [];
    workbook.getWorksheet(sheet)!.eachRow((row) => row.eachCell((cell) => values.push(String(cell.value))));
    return values;
  };
  expect(valuesOf("Controller register")).toContain("Web server log files");
  // Art. 30(1)(a): the contact block has a sheet of its own after the register.
  expect(valuesOf("Contact details")).toContain("Hohenzollernring 72, 50672 Köln, Germany");

  const csv = await download(page, "CSV");
  expect(csv.name).toMatch(FILE_NAME("csv"));
  const text = csv.body.toString("utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toContain("Web server log files");

  const pdf = await download(page, "PDF");
  expect(pdf.name).toMatch(FILE_NAME("pdf"));
  expect(pdf.body.subarray(0, 5).toString("latin1")).toBe("%PDF-");

  const json = await download(page, "JSON");
  expect(json.name).toMatch(FILE_NAME("json"));
  const register = JSON.parse(json.body.toString("utf8"));
  expect(register.schemaVersion).toBe(2);
  expect(register.organisation.address).toContain("Köln");
  expect(register.activities.map((activity: { name: string }) => activity.name)).toContain("Web server log files");
});

test("a viewer may export, and the filters in the URL apply to the preview and the downloads", async ({ page }) => {
  await login(page, DEMO.viewer);
  await page.goto("/register");
  await page.getByLabel("Status").selectOption("RETIRED");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/status=RETIRED/);
  await expect(page.getByText("No processing activity matches these filters.")).toBeVisible();
  await expect(page.getByRole("link", { name: "CSV" })).toHaveAttribute("href", "/register/export/csv?status=RETIRED");

  const csv = await download(page, "CSV");
  expect(csv.name).toMatch(FILE_NAME("csv"));
  // The header row only: no retired activity in the demo.
  expect(csv.body.toString("utf8").trim().split("\r\n")).toHaveLength(1);
});

test("the activity page shows what its record lacks, and the dashboard the organisation's figure", async ({ page }, testInfo) => {
  await login(page, DEMO.dpo);
  await page.goto("/");
  const summary = page.getByRole("region", { name: "Completeness of the register" });
  await expect(summary.getByText(/\d+ %/)).toBeVisible();
  await summary.screenshot({ path: testInfo.outputPath("dashboard-completeness.png") });

  await page.goto("/activities");
  await expect(page.getByRole("columnheader", { name: "Art. 30" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("activities-table.png") });
  await page.getByRole("link", { name: "Web server log files" }).click();
  const panel = page.getByRole("region", { name: "Completeness of the record" });
  await expect(panel.getByText(/\d\/7/)).toBeVisible();
  await panel.screenshot({ path: testInfo.outputPath("activity-completeness.png") });
});

test("screenshots of the register page, on screen and in print", async ({ page }, testInfo) => {
  await login(page, DEMO.dpo);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/register");
    await expect(page.getByRole("heading", { name: /Controller register/ })).toBeVisible();
    await page.emulateMedia({ media: "screen" });
    await page.screenshot({ path: testInfo.outputPath(`register-screen-${width}.png`), fullPage: true });
    await page.screenshot({ path: testInfo.outputPath(`register-screen-${width}-top.png`) });
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("button", { name: "Apply filters" })).toBeHidden();
    await page.screenshot({ path: testInfo.outputPath(`register-print-${width}.png`), fullPage: true });
    await page.screenshot({ path: testInfo.outputPath(`register-print-${width}-top.png`) });
  }
});
