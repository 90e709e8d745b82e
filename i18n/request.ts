/**
 * next-intl's request configuration (found by the plugin in next.config.js):
 * the locale and the messages of every server component, server action and,
 * through NextIntlClientProvider in app/layout.tsx, client component. There is
 * no locale in the URL: the language follows the user (lib/i18n/request-locale.ts).
 */
import { getRequestConfig } from "next-intl/server";
import { requestLocale } from "@/lib/i18n/request-locale";
import { catalogues } from "@/messages";

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return {
    locale,
    messages: catalogues[locale],
    // Dates in the dashboard are shown in UTC (lib/format.ts); saying so
    // keeps server and browser rendering the same text.
    timeZone: "UTC",
  };
});
