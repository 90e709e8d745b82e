/**
 * Everything the register's exports say in words of their own (not the
 * organisation's records): headings, column titles, the Art. 30 items, the
 * enum labels the register prints, fixed sentences and the date format. One
 * catalogue per language (./en.ts, ./de.ts, ./fr.ts), each typed by this
 * shape, so a text missing in one language fails to compile. The law's own
 * words are used where the statute has them (Art. 30 GDPR in each language's
 * official version).
 */
import type { ActivityStatus, DataSource, DpaStatus, DpiaStatus, ProcessingRole, RecipientKind, SecurityMeasureGroup, TransferSafeguard } from "@prisma/client";
import type { Language } from "@/lib/translations/languages";
import type { CnilColumnKey, CnilFicheKey } from "../cnil-layout";
import type { IcoColumnKey } from "../ico-layout";
import type { ProcessorColumnKey } from "../processor-layout";

export type ControllerLetter = "a" | "b" | "c" | "d" | "e" | "f" | "g";
export type ProcessorLetter = "a" | "b" | "c" | "d";

export type RegisterWording = {
  language: Language;
  /** "GDPR", "DSGVO", "RGPD". */
  regulation: string;
  /** How an item of Art. 30 is cited: "Art. 30(1)(b)", "Art. 30 Abs. 1 lit. b", "art. 30, par. 1, point b)". */
  citation(paragraph: "1" | "2", letter?: string): string;
  /** A date in a table cell (numeric) and in running text (with the month's name). */
  cellDate(value: Date): string;
  longDate(value: Date): string;
  art30: { controller: Record<ControllerLetter, string>; processor: Record<ProcessorLetter, string> };
  /** The ICO template's column titles, in this language. */
  icoColumns: Record<IcoColumnKey, string>;
  processorColumns: Record<ProcessorColumnKey, string>;
  cnilColumns: Record<CnilColumnKey, string>;
  cnilFiche: Record<CnilFicheKey, string>;
  contactFields: { name: string; address: string; email: string; telephone: string };
  contactParties: { controller: string; dpo: string; representative: string };
  labels: {
    status: Record<ActivityStatus, string>;
    role: Record<ProcessingRole, string>;
    recipientKind: Record<RecipientKind, string>;
    safeguard: Record<TransferSafeguard, string>;
    securityGroup: Record<SecurityMeasureGroup, string>;
    dataSource: Record<DataSource, string>;
    dpiaStatus: Record<DpiaStatus, string>;
    dpaStatus: Record<DpaStatus, string>;
  };
  answers: { none: string; notRecorded: string; yes: string; no: string; notDecided: string };
  lines: {
    unknownCategory: string;
    specialFlag: string;
    criminalFlag: string;
    /** Art. 26(2): the joint controllers' arrangement. */
    arrangement: string;
    consequences: string;
    publicSources: string;
    noDestination: string;
    noSafeguard: string;
    retentionNotRecorded: string;
    noCondition: string;
    dpa: string;
    signed(date: string): string;
    reviewDue(date: string): string;
    rights: {
      access: string;
      rectification: string;
      erasure: string;
      restriction: string;
      portability: string;
      objection: string;
      withdrawal: string;
      complaint: string;
    };
  };
  parts: {
    controller: string;
    jointControllers: string;
    dataSubjects: string;
    personalData: string;
    specialCategories: string;
    processor: string;
    controllers: string;
  };
  /** Headings and sentences of the documents. */
  document: {
    /** "Record of processing activities": the statute's name of the register (Art. 30(1)). */
    title: string;
    subtitle: string;
    controllerRegister: string;
    processorRegister: string;
    controllerSheet: string;
    processorSheet: string;
    controllerHeading: string;
    processorHeading: string;
    contactsSheet: string;
    contactsHeading: string;
    exported(date: string): string;
    asOf(date: string): string;
    page: string;
    pageOf(page: number, pages: number): string;
    filterStatus(status: string): string;
    filterDepartment(department: string): string;
    onlyActivitiesWith(filters: string[]): string;
    limitedTo(filters: string[]): string;
    contents: string;
    representative: string;
    dpo: string;
    privacyContact: string;
    telephone: string;
    counts(controller: number, processor: number | null): string;
    meta: { status: string; department: string; role: string };
    onBehalfOf(controller: string): string;
    controllerNotRecorded: string;
    noActivities: string;
  };
  /** A text of the records with no translation into this language is shown in the default language and marked. */
  untranslated(defaultLanguageName: string): string;
};
