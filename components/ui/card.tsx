import type { ReactNode } from "react";

export function Card({ children, className = "", as: Tag = "div", ...rest }: { children: ReactNode; className?: string; as?: "div" | "section"; "aria-labelledby"?: string }) {
  return (
    <Tag className={`rounded-lg border border-slate-200 bg-white shadow-xs ${className}`} {...rest}>
      {children}
    </Tag>
  );
}

export function CardHeader({
  title,
  titleId,
  description,
  action,
  level = 2,
}: {
  title: ReactNode;
  titleId?: string;
  description?: ReactNode;
  action?: ReactNode;
  level?: 2 | 3;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1 border-b border-slate-200 px-4 py-3">
      <div className="min-w-0">
        <Heading id={titleId} className="text-sm font-semibold text-slate-900">
          {title}
        </Heading>
        {description ? <p className="mt-0.5 text-xs text-slate-600">{description}</p> : null}
      </div>
      {action ? <div className="shrink-0">{action}</div> : null}
    </div>
  );
}

export function CardBody({ children, className = "" }: { children: ReactNode; className?: string }) {
  return <div className={`px-4 py-3 ${className}`}>{children}</div>;
}
