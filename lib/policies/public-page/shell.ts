/**
 * The public policy pages are complete HTML documents served by route
 * handlers (so they can answer 304 Not Modified and carry CDN cache headers),
 * built from stored versions with these small string templates. Every value
 * from the database goes through `escapeHtml`; the policy body itself is the
 * HTML stored with the version, sanitised when it was composed.
 */
import { asLanguage, LOCALES } from "@/lib/translations/languages";
import { PUBLIC_STYLES } from "./styles";

export function escapeHtml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

const chrome = {
  en: {
    skip: "Skip to the policy",
    version: (n: number) => `Version ${n}`,
    effective: (date: string) => `Effective from ${date}`,
    published: (date: string) => `Published ${date}`,
    archive: "All versions",
    compare: "Compare versions",
    json: "Machine-readable (JSON)",
    permanent: (n: number) => `This address always shows version ${n} exactly as it was published. A later version may have replaced it.`,
    readCurrent: "Read the current version",
    upcoming: (date: string) => `This version takes effect on ${date}.`,
    hash: "Content fingerprint (SHA-256)",
    footer: "This policy is generated from the controller’s record of processing activities (Art. 30 GDPR).",
  },
  de: {
    skip: "Zur Datenschutzerklärung springen",
    version: (n: number) => `Version ${n}`,
    effective: (date: string) => `Gültig ab ${date}`,
    published: (date: string) => `Veröffentlicht am ${date}`,
    archive: "Alle Versionen",
    compare: "Versionen vergleichen",
    json: "Maschinenlesbar (JSON)",
    permanent: (n: number) => `Unter dieser Adresse steht immer Version ${n}, genau wie veröffentlicht. Eine spätere Version kann sie ersetzt haben.`,
    readCurrent: "Zur aktuellen Version",
    upcoming: (date: string) => `Diese Version gilt ab dem ${date}.`,
    hash: "Inhalts-Fingerabdruck (SHA-256)",
    footer: "Diese Erklärung wird aus dem Verzeichnis von Verarbeitungstätigkeiten des Verantwortlichen erzeugt (Art. 30 DSGVO).",
  },
  fr: {
    skip: "Aller à la politique de confidentialité",
    version: (n: number) => `Version ${n}`,
    effective: (date: string) => `En vigueur à partir du ${date}`,
    published: (date: string) => `Publiée le ${date}`,
    archive: "Toutes les versions",
    compare: "Comparer les versions",
    json: "Format lisible par machine (JSON)",
    permanent: (n: number) => `Cette adresse affiche toujours la version ${n} telle qu’elle a été publiée. Une version ultérieure peut l’avoir remplacée.`,
    readCurrent: "Lire la version en vigueur",
    upcoming: (date: string) => `Cette version entre en vigueur le ${date}.`,
    hash: "Empreinte du contenu (SHA-256)",
    footer: "Cette politique est établie à partir du registre des activités de traitement du responsable du traitement (art. 30 RGPD).",
  },
} as const;

export function chromeFor(language: string) {
  return chrome[asLanguage(language)];
}

export function formatPublicDate(date: Date, language: string): string {
  return new Intl.DateTimeFormat(LOCALES[asLanguage(language)], { dateStyle: "long", timeZone: "UTC" }).format(date);
}

export type ShellInput = {
  language: string;
  title: string;
  /** Shown above the title: the organisation publishing the policy. */
  organisation: string;
  description?: string;
  /** Extra <head> content (JSON-LD, alternate links), already safe. */
  head?: string;
  /** The page's main content, already safe HTML. */
  main: string;
  /** The header's meta line and links, already safe HTML. */
  meta?: string;
  wide?: boolean;
  /** False when the main content brings its own h1 (the stored policy HTML does). */
  showTitle?: boolean;
};

export function renderShell(input: ShellInput): string {
  const lang = asLanguage(input.language);
  const text = chromeFor(lang);
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(input.title)} · ${escapeHtml(input.organisation)}</title>
${input.description ? `<meta name="description" content="${escapeHtml(input.description)}">` : ""}
<style>${PUBLIC_STYLES}</style>
${input.head ?? ""}
</head>
<body>
<a class="skip" href="#main">${text.skip}</a>
<header class="masthead">
  <div class="wrap${input.wide ? " wide" : ""}">
    <p class="org">${escapeHtml(input.organisation)}</p>
    ${input.showTitle === false ? "" : `<h1>${escapeHtml(input.title)}</h1>`}
    ${input.meta ?? ""}
  </div>
</header>
<main id="main" class="wrap${input.wide ? " wide" : ""}" tabindex="-1">
${input.main}
</main>
<footer class="wrap${input.wide ? " wide" : ""} foot"><p>${text.footer}</p></footer>
</body>
</html>`;
}

/** A plain 404 for an unknown organisation, policy or version: no stack trace, no login. */
export function renderNotFound(): string {
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Not found</title><style>${PUBLIC_STYLES}</style></head>
<body><main id="main" class="wrap"><h1>Not found</h1><p>There is no published privacy policy at this address. Check the address, or ask the organisation for the current link.</p></main></body>
</html>`;
}
