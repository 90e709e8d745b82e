import Link from "next/link";

/** The languages of the translations view, as links (the language is part of the URL). */
export function LanguageSwitcher({ languages, current, label }: { languages: { code: string; label: string; href: string }[]; current: string; label: string }) {
  return (
    <nav aria-label={label}>
      <p className="mb-1 text-sm font-medium text-slate-800" aria-hidden="true">
        {label}
      </p>
      <ul className="flex flex-wrap gap-1">
        {languages.map((language) => {
          const active = language.code === current;
          return (
            <li key={language.code}>
              <Link
                href={language.href}
                lang={language.code}
                aria-current={active ? "page" : undefined}
                className={`inline-flex rounded-md px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 ${
                  active ? "bg-blue-700 text-white" : "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50"
                }`}
              >
                {language.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
