import fs from "node:fs/promises";
import ExcelJS from "exceljs";
import type { Page } from "@playwright/test";
import { test, expect, login } from "./fixtures";

async function download(page: Page, linkName: string) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: linkName }).click()]);
  return { name: file.suggestedFilename(), body: await fs.readFile(await file.path()) };
}

test("a viewer chooses the language of the register's files, kept in the links and the address", async ({ page, db, makeOrganisation, makeUser }, testInfo) => {
  const organisation = await makeOrganisation("Sprachen GmbH");
  await db.organisation.update({ where: { id: organisation.id }, data: { defaultLanguage: "en", languages: ["en", "de", "fr"] } });
  await db.processingActivity.create({ data: { organisationId: organisation.id, reference: "HR-01", name: "Payroll", status: "ACTIVE" } });
  const viewer = await makeUser(organisation, "VIEWER");
  await login(page, viewer);
  await page.goto("/register");

  const select = page.getByLabel("Language of the files");
  await expect(select).toHaveValue("en");
  await expect(page.getByRole("link", { name: "CSV" })).toHaveAttribute("href", "/register/export/csv");
  // Keyboard: focus the select and choose French.
  await select.focus();
  await select.selectOption("fr");
  await expect(page.getByRole("link", { name: "Excel (CNIL layout)" })).toHaveAttribute("href", "/register/export/xlsx-cnil?language=fr");
  await expect(page).toHaveURL(/language=fr/);
  await page.locator(".mb-6").first().screenshot({ path: testInfo.outputPath("register-export-language.png") });

  const cnil = await download(page, "Excel (CNIL layout)");
  expect(cnil.name).toMatch(/-register-\d{4}-\d{2}-\d{2}-cnil-fr\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(cnil.body as unknown as ArrayBuffer);
  expect(workbook.worksheets[0].name).toBe("Registre");
  expect(String(workbook.worksheets[0].getCell("A1").value)).toContain("Registre des activités de traitement");
  // The activity's name has no French translation: shown in English, marked, explained.
  expect(String(workbook.worksheets[0].getCell("A1").value)).toContain("† non traduit, affiché en anglais");
  expect(workbook.worksheets[0].getRow(3).getCell(2).value).toBe("Payroll †");

  // The choice survives applying a filter, and a reload of the address.
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/language=fr/);
  await expect(page.getByLabel("Language of the files")).toHaveValue("fr");
  await expect(page.getByRole("link", { name: "PDF" })).toHaveAttribute("href", /language=fr/);
});

test("an organisation with one language sees no language choice", async ({ page, makeOrganisation, makeUser }) => {
  const organisation = await makeOrganisation();
  await login(page, await makeUser(organisation, "VIEWER"));
  await page.goto("/register");
  await expect(page.getByRole("link", { name: "CSV" })).toBeVisible();
  await expect(page.getByLabel("Language of the files")).toHaveCount(0);
});
