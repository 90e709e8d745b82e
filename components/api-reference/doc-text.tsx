/**
 * A description from the OpenAPI document. Descriptions are CommonMark there;
 * ours use only `code` spans, shown here as code rather than as backticks.
 * Text only: React escapes it, nothing is parsed as HTML.
 */
export function DocText({ text }: { text: string }) {
  const parts = text.split(/`([^`]+)`/);
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <code key={index} className="rounded bg-slate-100 px-1 font-mono text-[0.92em] text-slate-800">
            {part}
          </code>
        ) : (
          part
        ),
      )}
    </>
  );
}
