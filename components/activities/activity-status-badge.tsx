import type { ActivityStatus } from "@prisma/client";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { activityStatusLabels } from "@/lib/labels";

const tones: Record<ActivityStatus, BadgeTone> = { DRAFT: "amber", ACTIVE: "green", RETIRED: "neutral" };

export function ActivityStatusBadge({ status }: { status: ActivityStatus }) {
  return <Badge tone={tones[status]}>{activityStatusLabels[status]}</Badge>;
}
