/**
 * A finding's provision as the reader's language cites it: the checks name
 * it in the English style ("Art. 13(1)(a), 14(2)(b)-(d)"); German cites
 * "Art. 13 Abs. 1 lit. a, 14 Abs. 2 lit. b–d".
 */
export function citeArticle(article: string, locale: string): string {
  if (locale !== "de") return article;
  return article
    .replace(/(\d+)\((\d+)\)(?:\(([a-z])\))?(?:-\(([a-z])\))?/g, (_, number: string, paragraph: string, letter?: string, to?: string) =>
      `${number} Abs. ${paragraph}${letter ? ` lit. ${letter}${to ? `–${to}` : ""}` : ""}`,
    )
    .replace(/, \((\d+)\)/g, ", Abs. $1");
}
