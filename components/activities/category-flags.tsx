import { Badge } from "@/components/ui/badge";

/** Art. 9(1) special categories and Art. 10 criminal data: processed only under a further condition. */
export function CategoryFlags({ special, criminal }: { special: boolean; criminal: boolean }) {
  return (
    <>
      {special ? <Badge tone="red">Special category (Art. 9)</Badge> : null}
      {criminal ? <Badge tone="red">Criminal data (Art. 10)</Badge> : null}
    </>
  );
}
