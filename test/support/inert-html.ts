/**
 * Whether a public page is inert: parsed as a browser would (htmlparser2,
 * entities decoded), it may hold only the elements and attributes the page
 * templates and the Markdown allow-list produce. Returns the problems found,
 * so a test can show exactly what got through.
 */
import { DomUtils, parseDocument } from "htmlparser2";

// The page shell, the policy renderer, the versions and compare pages, and the Markdown allow-list.
const ALLOWED_TAGS = new Set([
  "html", "head", "meta", "title", "style", "link", "script", "body", "header", "main", "footer", "nav", "article", "section", "div", "span",
  "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "a", "strong", "em", "b", "i", "small", "code", "pre", "blockquote", "del", "ins",
  "ul", "ol", "li", "dl", "dt", "dd", "table", "caption", "thead", "tbody", "tr", "th", "td", "form", "label", "select", "option", "button",
]);

const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "srcset", "xlink:href", "background", "poster", "data", "cite", "ping"]);

/** The scheme a browser would see: it ignores ASCII whitespace and control characters inside it. */
function schemeOf(url: string): string | null {
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, "").toLowerCase();
  const match = /^([a-z][a-z0-9+.-]*):/.exec(compact);
  return match ? match[1] : null;
}

export function unsafeParts(html: string): string[] {
  const problems: string[] = [];
  const document = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const elements = DomUtils.findAll(() => true, document.children);
  let styles = 0;
  for (const element of elements) {
    const tag = element.name;
    const at = (problem: string) => problems.push(`<${tag}> ${problem}: ${DomUtils.getOuterHTML(element).slice(0, 200)}`);
    if (!ALLOWED_TAGS.has(tag)) at("is not an element the pages produce");
    for (const [name, value] of Object.entries(element.attribs)) {
      if (name.startsWith("on")) at(`has the event handler ${name}`);
      if (name === "style" || name === "srcdoc") at(`has a ${name} attribute`);
      if (URL_ATTRIBUTES.has(name)) {
        const scheme = schemeOf(value);
        if (scheme && !["http", "https", "mailto", "tel"].includes(scheme)) at(`has a ${scheme}: URL in ${name}`);
      }
    }
    if (tag === "script") {
      const text = DomUtils.textContent(element);
      if (element.attribs.type !== "application/ld+json") at("is an executable script");
      if (text.includes("<")) at("holds a raw '<' that could close it");
      try {
        JSON.parse(text);
      } catch {
        at("is not valid JSON");
      }
    }
    if (tag === "style") {
      styles += 1;
      if ((element.parent as { name?: string } | null)?.name !== "head") at("is outside the head");
    }
    if (tag === "meta" && ("http-equiv" in element.attribs || !("charset" in element.attribs || ["viewport", "description"].includes(element.attribs.name)))) {
      at("is not one of the shell's meta elements");
    }
    if (tag === "link" && !["canonical", "alternate"].includes(element.attribs.rel)) at("is not a canonical or alternate link");
    if (tag === "form" && !(element.attribs.class === "compare-form" && element.attribs.method === "get" && /^\/p\/[^/]+\/[^/]+\/compare$/.test(element.attribs.action ?? ""))) {
      at("is not the compare page's own form");
    }
  }
  if (styles > 1) problems.push(`${styles} <style> elements; the shell has one`);
  return problems;
}
