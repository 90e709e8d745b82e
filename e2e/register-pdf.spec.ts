import fs from "node:fs/promises";
import path from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { test, expect, login, DEMO } from "./fixtures";

test("a DPO downloads the register as a PDF from the register page", async ({ page }) => {
  await login(page, DEMO.dpo);
  await page.goto("/register");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "PDF" }).click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${DEMO.slug}-register-\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
  const body = await fs.readFile(await download.path());
  await fs.writeFile(test.info().outputPath("register.pdf"), body);

  const document = await getDocument({
    data: new Uint8Array(body),
    isEvalSupported: false,
    standardFontDataUrl: `${path.resolve("node_modules/pdfjs-dist/standard_fonts")}/`,
  }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  await document.destroy();
  expect(pages[0]).toContain("Open-Xchange AG");
  expect(pages[0]).toContain("Köln");
  expect(pages[1]).toContain("Contents");
  expect(pages.join(" ")).toContain("Web server log files");
  expect(pages.at(-1)).toContain(`Page ${pages.length} of ${pages.length}`);
});
