import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/roles";
import { asLanguage, languageName } from "@/lib/translations/languages";
import { countTranslationStates, filterTranslationRows, RECORD_KINDS, TRANSLATION_STATES } from "@/lib/translations/overview";
import { parseTranslationViewParams, serializeTranslationViewParams } from "@/lib/translations/view-params";
import { loadTranslationRows } from "@/lib/translations/view-queries";
import { LanguageSwitcher } from "@/components/translations/language-switcher";
import { StateCounts } from "@/components/translations/state-counts";
import { TranslationsTable } from "@/components/translations/translations-table";
import { XliffPanel } from "@/components/translations/xliff-panel";
import { buttonClassName } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Translations" };

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * Every translatable text of the records per language, with what is missing
 * or outdated; editors translate in place or through an XLIFF file.
 */
export default async function TranslationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { organisation, role } = await requireMember();
  const params = parseTranslationViewParams(await searchParams);
  const [t, locale] = await Promise.all([getTranslations("translations"), getLocale()]);
  const inLanguage = asLanguage(locale);
  const probe = await loadTranslationRows(organisation.id, params.lang ?? "en");
  if (!probe) notFound();
  const targets = probe.languages.filter((language) => language !== probe.defaultLanguage);
  const canEdit = hasRole(role, "EDITOR");

  if (!targets.length) {
    return (
      <>
        <PageHeader title={t("title")} description={t("description", { language: languageName(probe.defaultLanguage, inLanguage) })} />
        <EmptyState
          title={t("noLanguages.title")}
          action={
            hasRole(role, "DPO") ? (
              <Link href="/settings/languages" className={buttonClassName({ variant: "primary" })}>
                {t("noLanguages.action")}
              </Link>
            ) : null
          }
        >
          {t("noLanguages.body", { language: languageName(probe.defaultLanguage, inLanguage) })}
        </EmptyState>
      </>
    );
  }

  const language = params.lang && targets.includes(params.lang) ? params.lang : targets[0];
  const loaded = language === params.lang ? probe : await loadTranslationRows(organisation.id, language);
  if (!loaded) notFound();
  const counts = countTranslationStates(loaded.rows);
  const matching = filterTranslationRows(loaded.rows, { state: params.state ?? undefined, recordKind: params.kind ?? undefined, q: params.q });
  const lastPage = Math.max(1, Math.ceil(matching.length / params.pageSize));
  const page = Math.min(params.page, lastPage);
  const rows = matching.slice((page - 1) * params.pageSize, page * params.pageSize);
  const view = { ...params, lang: language, page };

  return (
    <>
      <PageHeader title={t("title")} description={t("description", { language: languageName(loaded.defaultLanguage, inLanguage) })} />
      <div className="mb-4 flex flex-wrap items-end justify-between gap-4">
        <LanguageSwitcher
          languages={targets.map((code) => ({ code, label: languageName(code, inLanguage), href: `/translations${serializeTranslationViewParams({ ...view, lang: code, page: 1 })}` }))}
          current={language}
          label={t("languageSwitcher")}
        />
        <StateCounts
          counts={counts}
          states={TRANSLATION_STATES}
          hrefFor={(state) => `/translations${serializeTranslationViewParams({ ...view, state, page: 1 })}`}
          current={params.state}
        />
      </div>
      <XliffPanel language={language} languageLabel={languageName(language, inLanguage)} canImport={canEdit} open={counts.missing + counts.outdated} />
      <TranslationsTable
        rows={rows}
        total={matching.length}
        params={view}
        language={language}
        languageLabel={languageName(language, inLanguage)}
        recordKinds={RECORD_KINDS}
        canEdit={canEdit}
      />
    </>
  );
}
