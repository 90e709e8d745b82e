import type { ActivityStatus } from "@prisma/client";
import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const tones: Record<ActivityStatus, BadgeTone> = { DRAFT: "amber", ACTIVE: "green", RETIRED: "neutral" };

export function ActivityStatusBadge({ status }: { status: ActivityStatus }) {
  const t = useTranslations("labels");
  return <Badge tone={tones[status]}>{t(`activityStatus.${status}`)}</Badge>;
}
