import { emptyAnswer, NOT_RECORDED } from "@/lib/register/lines";
import { NotRecorded } from "@/components/ui/not-recorded";

/**
 * What an empty list of the record says, in the register's words: "None"
 * where none was recorded as the answer (shown as an answer), "Not recorded"
 * where nothing was (shown as a gap).
 */
export function EmptyAnswer({ none }: { none: boolean }) {
  const text = emptyAnswer(none);
  return text === NOT_RECORDED ? <NotRecorded>{text}</NotRecorded> : <span className="text-sm text-slate-800">{text}</span>;
}
