import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pdfPageTexts } from "@/test/support/pdf-text";
import { upsertCountries } from "../catalogues/countries";
import { createDb } from "../db";
import { createDemoOrganisation, type DemoOrganisation } from "../demo/demo-organisation";
import { buildRegister } from "./build";
import { renderRegisterPdf } from "./pdf";
import { loadRegisterSource } from "./queries";

const db = createDb(process.env.DATABASE_URL!);
const NOW = new Date("2026-11-27T10:00:00Z");

let demo: DemoOrganisation;
let pages: string[];


beforeAll(async () => {
  await upsertCountries(db);
  const user = await db.user.create({
    data: { email: `pdf-${crypto.randomUUID()}@example.test`, name: "PDF Test", passwordHash: "x" },
    select: { id: true, email: true },
  });
  demo = await db.$transaction((tx) => createDemoOrganisation(tx, { actor: user, slug: `pdf-${crypto.randomUUID().slice(0, 8)}` }), { timeout: 60_000 });
  const source = (await loadRegisterSource(demo.organisationId, {}, NOW))!;
  const pdf = await renderRegisterPdf(buildRegister(source), { privacyContact: source.organisation });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  pages = await pdfPageTexts(pdf);
});

afterAll(async () => {
  await db.$disconnect();
});

describe("the PDF register of the demo organisation", () => {
  it("has a cover with the controller, the DPO, the data protection contact and the date", () => {
    const cover = pages[0];
    expect(cover).toContain("Record of processing activities");
    expect(cover).toContain("Open-Xchange AG");
    expect(cover).toContain("Hohenzollernring 72, 50672 Köln, Germany");
    expect(cover).toContain("Dr. Jana Jentzsch, Jentzsch-IT Rechtsanwaltsgesellschaft mbH");
    expect(cover).toContain("info@jentzsch-it.de");
    expect(cover).toContain("datenschutz@open-xchange.com");
    expect(cover).toContain("As of 27 Nov 2026");
    // No representative is recorded for the demo: the cover says so rather than leaving a gap.
    expect(cover).toMatch(/Representative in the Union \(Art\. 27\) Not recorded/);
  });

  it("numbers every page and dates it", () => {
    pages.forEach((text, index) => {
      expect(text).toContain(`Page ${index + 1} of ${pages.length}`);
      expect(text).toContain("27 Nov 2026");
    });
  });

  it("lists every activity in the contents with the page its section starts on", async () => {
    const activities = await db.processingActivity.findMany({ where: { organisationId: demo.organisationId }, select: { reference: true, name: true } });
    expect(activities).toHaveLength(7);
    const contents = pages[1];
    expect(contents).toContain("Contents");
    expect(contents).toContain("Controller register (Art. 30(1))");
    for (const activity of activities) {
      const entry = contents.match(new RegExp(`${activity.reference} ${activity.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} (\\d+)`));
      expect(entry, activity.reference).not.toBeNull();
      const page = Number(entry![1]);
      expect(pages[page - 1], `${activity.reference} on page ${page}`).toContain(`${activity.reference} · ${activity.name}`);
    }
  });

  it("gives each activity every Art. 30(1) item, with the demo's content", () => {
    const body = pages.slice(2).join(" ");
    for (const letter of ["a", "b", "c", "d", "e", "f", "g"]) {
      expect(body.split(`Art. 30(1)(${letter})`).length - 1, `(${letter})`).toBe(7);
    }
    expect(body).toContain("Providing the website and its functions");
    expect(body).toContain("Art. 6(1)(f) GDPR");
    expect(body).toContain("Google Firebase Cloud Messaging");
    expect(body).toContain("United States");
    expect(body).not.toContain("Art. 30(2)(");
  });
});
