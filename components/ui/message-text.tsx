import { useTranslations } from "next-intl";
import { translateMessage } from "@/lib/i18n/message";

/**
 * Shows a message that lib/ produced (a validation or action message) in the
 * reader's language: a catalogue reference is translated, plain text is shown
 * as it is (lib/i18n/message.ts).
 */
export function MessageText({ text }: { text: string }) {
  const t = useTranslations();
  return <>{translateMessage(t, text)}</>;
}
