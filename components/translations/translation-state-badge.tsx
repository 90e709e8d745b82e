import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { TranslationState } from "@/lib/translations/overview";

const tones: Record<TranslationState, BadgeTone> = { missing: "red", outdated: "amber", translated: "green", verbatim: "neutral" };

export function TranslationStateBadge({ state }: { state: TranslationState }) {
  const t = useTranslations("translations");
  return <Badge tone={tones[state]}>{t(`states.${state}`)}</Badge>;
}
