import Link from "next/link";
import { useTranslations } from "next-intl";

export type SettingsSection = "profile" | "languages" | "members" | "webhooks" | "api";

const sections: { id: SettingsSection; href: string; integration?: true }[] = [
  { id: "profile", href: "/settings" },
  { id: "languages", href: "/settings/languages" },
  { id: "members", href: "/settings/members" },
  { id: "webhooks", href: "/settings/webhooks", integration: true },
  { id: "api", href: "/settings/api", integration: true },
];

/**
 * The sub-navigation of the settings pages: the organisation profile, its
 * members and, for DPOs and owners, the integrations (webhooks, API tokens).
 */
export function SettingsNav({ current, showIntegrations = false }: { current: SettingsSection; showIntegrations?: boolean }) {
  const t = useTranslations("organisation.nav");
  return (
    <nav aria-label={t("label")} className="mb-6 border-b border-slate-200">
      <ul className="-mb-px flex gap-4">
        {sections.filter((section) => showIntegrations || !section.integration).map((section) => {
          const active = section.id === current;
          return (
            <li key={section.id}>
              <Link
                href={section.href}
                aria-current={active ? "page" : undefined}
                className={`inline-flex border-b-2 px-1 pt-1 pb-2 text-sm font-medium ${
                  active ? "border-blue-700 text-blue-800" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900"
                }`}
              >
                {t(section.id)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
