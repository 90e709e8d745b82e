import type { Language } from "@/lib/translations/languages";
import { de } from "./de";
import { en } from "./en";
import { fr } from "./fr";
import type { RegisterWording } from "./types";

export type { RegisterWording } from "./types";

/** One catalogue per language the organisation can keep: a language added to LANGUAGES without one fails to compile. */
export const REGISTER_WORDING: Record<Language, RegisterWording> = { en, de, fr };

export const registerWording = (language: Language): RegisterWording => REGISTER_WORDING[language];

/** The marker after a text of the records shown untranslated, in the default language (the legend explains it). */
export const UNTRANSLATED_MARKER = "†";
