import { catalogueKeys, type CatalogueType } from "@/lib/catalogues/schema";

export { catalogueKeys };

/** Whose sentences a shared part (where used, delete) speaks: a catalogue's, or the recipients'. */
export type EntryKind = (typeof catalogueKeys)[CatalogueType] | "recipients";
