import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Record of Processing Activities", template: "%s · RoPA" },
  description: "The GDPR Art. 30 register and the privacy policies derived from it.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">{children}</body>
    </html>
  );
}
