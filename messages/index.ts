import type { Locale } from "@/lib/i18n/locales";
import { de } from "./de";
import { en, type Messages } from "./en";

export type { Messages };

export const catalogues: Record<Locale, Messages> = { en, de };
