import type { Metadata } from "next";
import { connection } from "next/server";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common.app");
  return { title: { default: t("title"), template: "%s · RoPA" }, description: t("description") };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request: Next.js puts the Content-Security-Policy
  // nonce (proxy.ts) on its scripts only while rendering, so a page prerendered
  // at build time would carry scripts the browser refuses.
  await connection();
  // The dashboard's language (the public policy pages are route handlers with
  // their own documents and their policy's language). WCAG 3.1.1: the page
  // states the language it is written in, so screen readers pronounce it.
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
