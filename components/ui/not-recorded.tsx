import { useTranslations } from "next-intl";

/** An empty field, shown rather than hidden: a gap in the register is itself information. */
export function NotRecorded({ children }: { children?: string }) {
  const t = useTranslations("ui");
  return <span className="text-sm italic text-slate-500">{children ?? t("notRecorded")}</span>;
}
