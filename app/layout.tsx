import type { Metadata } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Record of Processing Activities", template: "%s · RoPA" },
  description: "The GDPR Art. 30 register and the privacy policies derived from it.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request: Next.js puts the Content-Security-Policy
  // nonce (proxy.ts) on its scripts only while rendering, so a page prerendered
  // at build time would carry scripts the browser refuses.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">{children}</body>
    </html>
  );
}
