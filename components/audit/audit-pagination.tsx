import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { buttonClassName } from "@/components/ui/button";

/** Previous and next page links; `hrefFor` keeps the filters of the current view. */
export function AuditPagination({ page, pageCount, total, pageSize, hrefFor }: { page: number; pageCount: number; total: number; pageSize: number; hrefFor: (page: number) => string }) {
  const t = useTranslations("audit.pagination");
  const format = useFormatter();
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const disabled = `${buttonClassName({ size: "sm" })} pointer-events-none opacity-50`;
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 px-4 py-3 text-sm text-slate-600">
      <p>
        {total === 0 ? t("noEvents") : t("range", { first: format.number(first), last: format.number(last), total: format.number(total) })}
        {pageCount > 1 ? t("page", { page, pageCount }) : ""}
      </p>
      {pageCount > 1 ? (
        <div className="flex gap-2">
          {page > 1 ? (
            <Link href={hrefFor(page - 1)} rel="prev" className={buttonClassName({ size: "sm" })}>{t("newer")}</Link>
          ) : (
            <span aria-disabled="true" className={disabled}>{t("newer")}</span>
          )}
          {page < pageCount ? (
            <Link href={hrefFor(page + 1)} rel="next" className={buttonClassName({ size: "sm" })}>{t("older")}</Link>
          ) : (
            <span aria-disabled="true" className={disabled}>{t("older")}</span>
          )}
        </div>
      ) : null}
    </nav>
  );
}
