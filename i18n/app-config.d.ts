// Types next-intl's keys and locales: useTranslations("account")("language.label")
// fails to compile when the key is not in the English catalogue.
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/messages";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
