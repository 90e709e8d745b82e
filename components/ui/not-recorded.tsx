/** An empty field, shown rather than hidden: a gap in the register is itself information. */
export function NotRecorded({ children = "Not recorded" }: { children?: string }) {
  return <span className="text-sm italic text-slate-500">{children}</span>;
}
