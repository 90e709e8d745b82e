import type { ReactNode } from "react";
import { useTranslations } from "next-intl";

type Tone = "info" | "warning" | "danger";

const tones: Record<Tone, string> = {
  info: "border-blue-200 bg-blue-50 text-blue-900",
  warning: "border-amber-300 bg-amber-50 text-amber-950",
  danger: "border-red-200 bg-red-50 text-red-900",
};

/** A highlighted remark; the tone is also spelled out for screen readers, not only shown in colour. */
export function Callout({ tone = "info", title, children }: { tone?: Tone; title?: ReactNode; children?: ReactNode }) {
  const t = useTranslations("ui.callout");
  return (
    <div className={`rounded-md border px-3 py-2 text-sm ${tones[tone]}`}>
      <span className="sr-only">{t(tone)}: </span>
      {title ? <p className="font-medium">{title}</p> : null}
      {children ? <div className={title ? "mt-0.5" : ""}>{children}</div> : null}
    </div>
  );
}
