/**
 * The register as a PDF document, made in Node with pdfkit (no browser): a
 * cover with the Art. 30(1)(a) contacts, a table of contents with page
 * numbers, then one section per activity with every lettered item of
 * Art. 30(1) (and of Art. 30(2) for the processor register), the date and
 * "page N of M" on every page. Art. 30(3)-(4): the record is kept in writing
 * and handed to the supervisory authority on request; this is that writing.
 */
import PDFDocument from "pdfkit";
import type { Contact, ControllerEntry, ProcessorEntry, Register } from "./build";
import type { RegisterWording } from "./wording/types";
import type { RecordsOrganisation } from "@/lib/records/read-model";
import { BOTTOM, bullet, COLOUR, CONTENT_WIDTH, type Doc, ensureSpace, FONT, heading, MARGIN, PAGE, paragraph, printable, rule } from "./pdf-layout";

export type PdfOptions = {
  /** The organisation's own data protection contact (team or mailbox), shown on the cover beside the DPO. */
  privacyContact?: Pick<RecordsOrganisation, "privacyContactName" | "privacyContactEmail" | "privacyContactAddress">;
};

type TocEntry = { level: 0 | 1; label: string; destination: string; page?: number };

const TOC_LINE = 15;
const TOC_TOP = MARGIN.top + 44;

function contactLines(contact: Contact, w: RegisterWording): string[] {
  return [contact.name, contact.address, contact.email, contact.telephone ? `${w.document.telephone} ${contact.telephone}` : ""].filter((line) => line.trim());
}

function cover(doc: Doc, register: Register, options: PdfOptions) {
  const w = register.wording;
  const { document } = w;
  doc.y = MARGIN.top + 40;
  heading(doc, document.title, 26, { gapAfter: 6 });
  paragraph(doc, document.subtitle, { size: 11, colour: COLOUR.muted });
  doc.y += 28;
  heading(doc, register.organisation.legalName, 17, { colour: COLOUR.accent, gapAfter: 4 });
  paragraph(doc, document.asOf(w.longDate(register.generatedAt)), { size: 11 });
  const filters = [
    register.filters.status ? document.filterStatus(w.labels.status[register.filters.status]) : "",
    register.filters.department ? document.filterDepartment(register.filters.department) : "",
  ].filter(Boolean);
  if (filters.length) paragraph(doc, document.limitedTo(filters), { size: 10, colour: COLOUR.muted });
  // Texts of the records without a translation are marked; the legend says what the mark means.
  if (register.untranslatedLegend) paragraph(doc, register.untranslatedLegend, { size: 10, colour: COLOUR.muted });
  doc.y += 30;

  const privacy = options.privacyContact;
  const blocks: [string, string[]][] = [
    [`${w.contactParties.controller} (${w.citation("1", "a")})`, contactLines(register.contacts.controller, w)],
    [document.representative, contactLines(register.contacts.representative, w)],
    [document.dpo, contactLines(register.contacts.dpo, w)],
  ];
  // Shown only when the caller passes it: "not recorded" would be wrong when it was merely not handed over.
  if (privacy) blocks.push([document.privacyContact, [privacy.privacyContactName, privacy.privacyContactAddress, privacy.privacyContactEmail].filter((line) => line.trim())]);
  const columnWidth = (CONTENT_WIDTH - 24) / 2;
  let rowTop = doc.y;
  let rowBottom = doc.y;
  blocks.forEach(([title, lines], index) => {
    const x = MARGIN.left + (index % 2) * (columnWidth + 24);
    if (index % 2 === 0 && index > 0) rowTop = rowBottom + 22;
    doc.font(FONT.bold).fontSize(9).fillColor(COLOUR.muted).text(printable(title), x, rowTop, { width: columnWidth });
    const y = doc.y + 3;
    const text = lines.length ? lines.join("\n") : w.answers.notRecorded;
    doc.font(lines.length ? FONT.regular : FONT.italic).fontSize(10).fillColor(lines.length ? COLOUR.text : COLOUR.muted).text(printable(text), x, y, { width: columnWidth, lineGap: 2 });
    rowBottom = index % 2 === 0 ? doc.y : Math.max(rowBottom, doc.y);
  });
  doc.y = rowBottom;
  const processorCount = register.processor?.reduce((sum, group) => sum + group.activities.length, 0) ?? 0;
  doc.y = Math.max(doc.y, BOTTOM - 60);
  rule(doc, 4);
  paragraph(doc, document.counts(register.controller.length, register.processor ? processorCount : null), { size: 9, colour: COLOUR.muted });
}

/** How many pages the contents need: known before the sections are laid out, so their page numbers are final. */
function tocPages(entries: TocEntry[]): number {
  let pages = 1;
  let y = TOC_TOP;
  for (const entry of entries) {
    const height = entry.level === 0 ? TOC_LINE + 8 : TOC_LINE;
    if (y + height > BOTTOM) {
      pages++;
      y = MARGIN.top;
    }
    y += height;
  }
  return pages;
}

function writeToc(doc: Doc, entries: TocEntry[], firstPage: number, w: RegisterWording) {
  let page = firstPage;
  doc.switchToPage(page);
  doc.font(FONT.bold).fontSize(18).fillColor(COLOUR.text).text(printable(w.document.contents), MARGIN.left, MARGIN.top, { width: CONTENT_WIDTH });
  let y = TOC_TOP;
  const numberWidth = 40;
  for (const entry of entries) {
    const height = entry.level === 0 ? TOC_LINE + 8 : TOC_LINE;
    if (y + height > BOTTOM) {
      doc.switchToPage(++page);
      y = MARGIN.top;
    }
    if (entry.level === 0) y += 8;
    const indent = entry.level === 0 ? 0 : 12;
    const font = entry.level === 0 ? FONT.bold : FONT.regular;
    const size = entry.level === 0 ? 10.5 : 9.5;
    doc.font(font).fontSize(size);
    const available = CONTENT_WIDTH - indent - numberWidth - 8;
    let label = printable(entry.label);
    if (doc.widthOfString(label) > available) {
      while (label.length > 1 && doc.widthOfString(`${label}…`) > available) label = label.slice(0, -1);
      label = `${label.trimEnd()}…`;
    }
    const pageNumber = String((entry.page ?? 0) + 1);
    doc.fillColor(COLOUR.text).text(label, MARGIN.left + indent, y, { width: available, lineBreak: false, goTo: entry.destination });
    doc.fillColor(COLOUR.muted).text(pageNumber, PAGE.width - MARGIN.right - numberWidth, y, { width: numberWidth, align: "right", lineBreak: false });
    y += TOC_LINE;
  }
}

function activitySection(doc: Doc, entry: ControllerEntry | ProcessorEntry, destination: string, w: RegisterWording) {
  ensureSpace(doc, 130);
  doc.addNamedDestination(destination, "XYZ", MARGIN.left, doc.y, null);
  heading(doc, `${entry.reference} · ${entry.name}`, 13, { gapAfter: 2 });
  const { meta: words } = w.document;
  const meta = [
    `${words.status}: ${w.labels.status[entry.status]}`,
    entry.department ? `${words.department}: ${entry.department}` : "",
    `${words.role}: ${w.labels.role[entry.role]}`,
  ].filter(Boolean);
  paragraph(doc, meta.join("   ·   "), { size: 8.5, colour: COLOUR.muted });
  doc.y += 6;
  for (const item of entry.items) {
    ensureSpace(doc, 40);
    doc.y += 4;
    doc.font(FONT.bold).fontSize(9.5).fillColor(COLOUR.accent).text(`${item.citation}   `, MARGIN.left, doc.y, { continued: true });
    doc.fillColor(COLOUR.text).text(printable(item.title), { width: CONTENT_WIDTH });
    doc.y += 2;
    for (const part of item.parts) {
      if (part.label) {
        ensureSpace(doc, 26);
        paragraph(doc, part.label, { font: FONT.bold, size: 8.5, colour: COLOUR.muted, indent: 10 });
      }
      // The words come with the part (lines.emptyAnswer), as in the preview: "None" is an answer, only a gap is greyed out.
      if (part.entries.length === 0) {
        paragraph(doc, part.emptyText, part.emptyText === w.answers.notRecorded ? { font: FONT.italic, colour: COLOUR.muted, indent: 10 } : { indent: 10 });
      }
      for (const text of part.entries) bullet(doc, text, 10);
    }
  }
  rule(doc, 10);
}

function footers(doc: Doc, register: Register) {
  const w = register.wording;
  const { count } = doc.bufferedPageRange();
  const left = printable(`${register.organisation.legalName} · ${w.document.title} · ${w.longDate(register.generatedAt)}`);
  for (let index = 0; index < count; index++) {
    doc.switchToPage(index);
    // Writing below the bottom margin would otherwise start a new page.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = PAGE.height - 42;
    doc.moveTo(MARGIN.left, y - 8).lineTo(PAGE.width - MARGIN.right, y - 8).lineWidth(0.5).strokeColor(COLOUR.rule).stroke();
    doc.font(FONT.regular).fontSize(8).fillColor(COLOUR.muted);
    doc.text(left, MARGIN.left, y, { width: CONTENT_WIDTH - 90, lineBreak: false, ellipsis: true });
    doc.text(printable(w.document.pageOf(index + 1, count)), PAGE.width - MARGIN.right - 90, y, { width: 90, align: "right", lineBreak: false });
    doc.page.margins.bottom = margin;
  }
}

export async function renderRegisterPdf(register: Register, options: PdfOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: true,
    info: {
      Title: printable(`${register.wording.document.title} – ${register.organisation.legalName}`),
      Subject: `Art. 30 ${register.wording.regulation}`,
      Creator: "RoPA",
    },
  });
  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  cover(doc, register, options);

  const toc: TocEntry[] = [];
  const sections: { title: string; entries: { entry: ControllerEntry | ProcessorEntry; group?: string }[]; destination: string }[] = [];
  const { document } = register.wording;
  sections.push({ title: document.controllerRegister, destination: "controller", entries: register.controller.map((entry) => ({ entry })) });
  if (register.processor) {
    sections.push({
      title: document.processorRegister,
      destination: "processor",
      entries: register.processor.flatMap((group) =>
        group.activities.map((entry) => ({ entry, group: group.controller ? document.onBehalfOf(group.controller.name) : document.controllerNotRecorded })),
      ),
    });
  }
  sections.forEach((section, s) => {
    toc.push({ level: 0, label: section.title, destination: section.destination });
    section.entries.forEach(({ entry, group }, i) =>
      toc.push({ level: 1, label: `${entry.reference}  ${entry.name}${group ? ` (${group})` : ""}`, destination: `s${s}-a${i}` }),
    );
  });

  const tocCount = tocPages(toc);
  for (let page = 0; page < tocCount; page++) doc.addPage();
  const tocFirst = 1;
  const pageNow = () => doc.bufferedPageRange().count - 1;
  const byDestination = new Map(toc.map((entry) => [entry.destination, entry]));

  sections.forEach((section, s) => {
    doc.addPage();
    byDestination.get(section.destination)!.page = pageNow();
    doc.addNamedDestination(section.destination);
    heading(doc, section.title, 18, { gapAfter: 12 });
    if (section.entries.length === 0) paragraph(doc, document.noActivities, { font: FONT.italic, colour: COLOUR.muted });
    let group: string | undefined;
    section.entries.forEach(({ entry, group: entryGroup }, i) => {
      if (entryGroup && entryGroup !== group) {
        group = entryGroup;
        heading(doc, entryGroup, 11.5, { colour: COLOUR.accent, gapBefore: 4, gapAfter: 8 });
      }
      ensureSpace(doc, 130);
      byDestination.get(`s${s}-a${i}`)!.page = pageNow();
      activitySection(doc, entry, `s${s}-a${i}`, register.wording);
    });
  });

  writeToc(doc, toc, tocFirst, register.wording);
  footers(doc, register);
  doc.end();
  return finished;
}

/** For `npm run bench`: the time to render the register, and the size of the result. */
export async function benchPdf(register: Register): Promise<{ ms: number; bytes: number }> {
  const start = performance.now();
  const pdf = await renderRegisterPdf(register);
  return { ms: performance.now() - start, bytes: pdf.length };
}

/** The baseline beside it: pdfkit writing the same lines one after the other, without the register's layout. */
export async function benchPdfBaseline(register: Register): Promise<{ ms: number; bytes: number }> {
  const start = performance.now();
  const doc = new PDFDocument({ size: PAGE.size, margins: MARGIN });
  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
  });
  for (const entry of [...register.controller, ...(register.processor ?? []).flatMap((group) => group.activities)]) {
    doc.font(FONT.bold).text(printable(`${entry.reference} ${entry.name}`));
    for (const item of entry.items) for (const part of item.parts) for (const line of part.entries) doc.font(FONT.regular).text(printable(line));
  }
  doc.end();
  const pdf = await finished;
  return { ms: performance.now() - start, bytes: pdf.length };
}
