import Link from "next/link";
import { buttonClassName } from "@/components/ui/button";

/** Previous and next page links; `hrefFor` keeps the filters of the current view. */
export function AuditPagination({ page, pageCount, total, pageSize, hrefFor }: { page: number; pageCount: number; total: number; pageSize: number; hrefFor: (page: number) => string }) {
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const disabled = `${buttonClassName({ size: "sm" })} pointer-events-none opacity-50`;
  return (
    <nav aria-label="Pages of the audit log" className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 px-4 py-3 text-sm text-slate-600">
      <p>
        {total === 0 ? "No events" : `Events ${first.toLocaleString("en-GB")}–${last.toLocaleString("en-GB")} of ${total.toLocaleString("en-GB")}`}
        {pageCount > 1 ? ` · page ${page} of ${pageCount}` : ""}
      </p>
      {pageCount > 1 ? (
        <div className="flex gap-2">
          {page > 1 ? (
            <Link href={hrefFor(page - 1)} rel="prev" className={buttonClassName({ size: "sm" })}>Newer events</Link>
          ) : (
            <span aria-disabled="true" className={disabled}>Newer events</span>
          )}
          {page < pageCount ? (
            <Link href={hrefFor(page + 1)} rel="next" className={buttonClassName({ size: "sm" })}>Older events</Link>
          ) : (
            <span aria-disabled="true" className={disabled}>Older events</span>
          )}
        </div>
      ) : null}
    </nav>
  );
}
