import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

/** Art. 9(1) special categories and Art. 10 criminal data: processed only under a further condition. */
export function CategoryFlags({ special, criminal }: { special: boolean; criminal: boolean }) {
  const t = useTranslations("activityRecord.flags");
  return (
    <>
      {special ? <Badge tone="red">{t("special")}</Badge> : null}
      {criminal ? <Badge tone="red">{t("criminal")}</Badge> : null}
    </>
  );
}
