import Link from "next/link";
import { useTranslations } from "next-intl";
import { cancelImportAction } from "@/lib/import/actions";
import type { WaitingUpload } from "@/lib/import/store";
import { formatDateTime } from "@/lib/format";
import { Button, buttonClassName } from "@/components/ui/button";

/**
 * The member's uploads that wait for their confirmation: each can be opened or
 * cancelled here, which also frees room under the cap on waiting uploads.
 */
export function WaitingUploads({ uploads }: { uploads: WaitingUpload[] }) {
  const t = useTranslations("registerImport.waiting");
  return (
    <ul className="divide-y divide-slate-200">
      {uploads.map((upload) => (
        <li key={upload.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
          <div className="text-sm">
            <span className="font-medium text-slate-900">{upload.fileName}</span>
            <span className="text-slate-600">
              {" · "}
              {t("uploaded", { at: formatDateTime(new Date(upload.createdAt)) })}
            </span>
          </div>
          <form action={cancelImportAction} className="flex gap-2">
            <input type="hidden" name="uploadId" value={upload.id} />
            <Link href={`/register/import/${upload.id}`} className={buttonClassName({ size: "sm" })} aria-label={t("openLabel", { name: upload.fileName })}>
              {t("open")}
            </Link>
            <Button type="submit" size="sm" aria-label={t("cancelLabel", { name: upload.fileName })}>
              {t("cancel")}
            </Button>
          </form>
        </li>
      ))}
    </ul>
  );
}
