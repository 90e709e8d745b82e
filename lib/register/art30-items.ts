/**
 * The lettered items of Art. 30 GDPR, once: Art. 30(1)(a)–(g) for the
 * controller's record and Art. 30(2)(a)–(d) for the processor's. The activity
 * page, the completeness check, the register preview and every export read
 * their headings, citations and order from here, so they cannot drift apart;
 * an item added to the law is one entry added here.
 */

/** Art. 30(1): the controller's record; Art. 30(2): the record of processing done on behalf of a controller. */
export type Art30Register = "controller" | "processor";

/** The part of the activity page that shows an item (its anchor there). */
export type RecordSectionId = "responsible" | "purposes" | "data" | "recipients" | "transfers" | "retention" | "security";

/** The part of the edit form where an item is entered (its anchor there). */
type FormSectionId = "responsible" | "purposes" | "data" | "recipients" | "transfers" | "security";

export type Art30Item = {
  register: Art30Register;
  letter: string;
  /** e.g. "Art. 30(1)(b)". */
  citation: string;
  /** The heading of the item on the activity page, in the register and in the exports. */
  title: string;
  /** What the item asks, in a few words, for the dashboard ("lack retention (f)"). */
  label: string;
  section: RecordSectionId;
  formSection: FormSectionId;
};

type Row = Omit<Art30Item, "register" | "citation">;

const controller: Row[] = [
  { letter: "a", title: "Controller, joint controllers, representative and DPO", label: "controller and joint controllers", section: "responsible", formSection: "responsible" },
  // The purposes are listed with their legal bases (Art. 6(1)), as the record keeps them together.
  { letter: "b", title: "Purposes and legal bases", label: "purposes and legal bases", section: "purposes", formSection: "purposes" },
  { letter: "c", title: "Categories of data subjects and of personal data", label: "data subjects and data categories", section: "data", formSection: "data" },
  { letter: "d", title: "Categories of recipients", label: "recipients", section: "recipients", formSection: "recipients" },
  { letter: "e", title: "Transfers to third countries or international organisations", label: "transfer safeguards", section: "transfers", formSection: "transfers" },
  // Art. 30(1)(f): the time limits are entered per data category, in the form's data section.
  { letter: "f", title: "Time limits for erasure", label: "retention", section: "retention", formSection: "data" },
  { letter: "g", title: "Technical and organisational security measures", label: "security measures", section: "security", formSection: "security" },
];

const processor: Row[] = [
  {
    letter: "a",
    title: "Processor, controllers on whose behalf it acts, representative and DPO",
    label: "controllers on whose behalf",
    section: "responsible",
    formSection: "responsible",
  },
  // Art. 30(2)(b): what is done for the controllers, which the purposes describe.
  { letter: "b", title: "Categories of processing carried out on behalf of each controller", label: "categories of processing", section: "purposes", formSection: "purposes" },
  { letter: "c", title: "Transfers to third countries or international organisations", label: "transfer safeguards", section: "transfers", formSection: "transfers" },
  { letter: "d", title: "Technical and organisational security measures", label: "security measures", section: "security", formSection: "security" },
];

const paragraph: Record<Art30Register, string> = { controller: "1", processor: "2" };

function items(register: Art30Register, rows: Row[]): readonly Art30Item[] {
  return Object.freeze(rows.map((row) => Object.freeze({ register, citation: `Art. 30(${paragraph[register]})(${row.letter})`, ...row })));
}

/** Every item of each record, in the order of the law. */
export const ART30_ITEMS: Record<Art30Register, readonly Art30Item[]> = {
  controller: items("controller", controller),
  processor: items("processor", processor),
};

/** One item by register and letter; throws for a letter the law does not have, which is a bug. */
export function art30Item(register: Art30Register, letter: string): Art30Item {
  const item = ART30_ITEMS[register].find((candidate) => candidate.letter === letter);
  if (!item) throw new Error(`Art. 30(${paragraph[register]}) has no item (${letter})`);
  return item;
}

/** One section of the activity page: an Art. 30 item, or for a processor a controller's item Art. 30(2) does not ask for. */
export type RecordSectionHeading = { section: RecordSectionId; letter?: string; citation: string; title: string };

/**
 * The Art. 30 sections of the activity page, in order. A controller's record
 * shows Art. 30(1)(a)–(g). A processor's record is the shorter one of
 * Art. 30(2): its items (a)–(d) come first, and what the organisation also
 * recorded under the controller's items Art. 30(2) does not require follows,
 * unlettered, as further details.
 */
export function recordSectionHeadings(register: Art30Register): RecordSectionHeading[] {
  const own = ART30_ITEMS[register].map(({ section, letter, citation, title }) => ({ section, letter, citation, title }));
  if (register === "controller") return own;
  const shown = new Set(own.map((item) => item.section));
  const further = ART30_ITEMS.controller
    .filter((item) => !shown.has(item.section))
    .map(({ section, citation, title }) => ({ section, citation: `${citation}, not required by Art. 30(2)`, title }));
  return [...own, ...further];
}
