import { useTranslations } from "next-intl";
import type { Translate } from "@/lib/audit-log/present";
import { translateMessage } from "@/lib/i18n/message";

/** How lib/audit-log/present.ts's words read for this reader: its message references in the reader's language. */
export function useAuditWords(): Translate {
  const t = useTranslations();
  return (text: string) => translateMessage(t, text);
}
