import { useTranslations } from "next-intl";

const PREVIEW_LENGTH = 200;

/** A value of a snapshot; long texts show their beginning and disclose the rest on request. */
export function AuditValue({ text, tone }: { text: string; tone: "before" | "after" | "plain" }) {
  const t = useTranslations("audit.changes");
  const toneClass =
    tone === "before" ? "bg-red-50 text-red-900 line-through decoration-red-300" : tone === "after" ? "bg-emerald-50 text-emerald-900" : "text-slate-900";
  const Tag = tone === "before" ? "del" : tone === "after" ? "ins" : "span";
  // An empty value is neither removed nor added text.
  if (text === "—") return <span className="text-slate-500 italic">{t("empty")}</span>;
  if (text.length <= PREVIEW_LENGTH + 40) {
    return <Tag className={`rounded px-1 break-words whitespace-pre-wrap no-underline ${toneClass}`}>{text}</Tag>;
  }
  return (
    <details className="group inline">
      <summary className="cursor-pointer list-none">
        <Tag className={`rounded px-1 break-words whitespace-pre-wrap no-underline group-open:hidden ${toneClass}`}>
          {text.slice(0, PREVIEW_LENGTH).trimEnd()}…
        </Tag>
        <span className="ml-1 text-xs font-medium text-blue-700 underline group-open:hidden">{t("showAllCharacters", { count: text.length })}</span>
        <span className="hidden text-xs font-medium text-blue-700 underline group-open:inline">{t("showLess")}</span>
      </summary>
      <Tag className={`mt-1 block rounded px-1 break-words whitespace-pre-wrap no-underline ${toneClass}`}>{text}</Tag>
    </details>
  );
}
