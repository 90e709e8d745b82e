/**
 * Reads for the public policy pages. They read only stored PolicyVersion rows
 * (content, HTML and hash as published): nothing is composed per request, so
 * a public page always shows exactly what was published. A policy is read in
 * one language at a time: each language has its own versions, archive and
 * comparison; the plain address serves the organisation's default language
 * when the policy is published in it, else the policy's first.
 */
import "server-only";
import type { PolicyVersionOrigin } from "@prisma/client";
import { db } from "@/lib/db";
import { withoutSources } from "./public-document";
import { isLanguage, type Language } from "@/lib/translations/languages";
import { plainAddressLanguage, readPolicyLanguages, readPolicyTitles } from "./policy-languages";
import type { PolicyDocument } from "./types";

export type PublicVersionMeta = {
  number: number;
  effectiveAt: Date;
  changeSummary: string;
  contentHash: string;
  createdAt: Date;
  /** RECORDED: published before the register was kept (shown neutrally; its findings never are). */
  origin: PolicyVersionOrigin;
};

export type PublicPolicy = {
  organisation: { slug: string; legalName: string };
  /** `language`: the language this view of the policy is in; `title`: the policy's title in it. */
  policy: { slug: string; title: string; language: Language };
  /** Every language the policy has published versions in, in the policy's order; the first is served at the plain address. */
  languages: Language[];
  /** The version numbers published in each language (for the alternates of a version's page). */
  publishedNumbers: Partial<Record<Language, number[]>>;
  /** Every published version in this language, newest first. */
  versions: PublicVersionMeta[];
};

export type PublicVersion = PublicVersionMeta & { content: PolicyDocument; html: string };

const metaSelect = { number: true, effectiveAt: true, changeSummary: true, contentHash: true, createdAt: true, origin: true } as const;

/**
 * The languages with published versions, the plain address's first: those
 * the policy is published in now (in its order), then any it was published in
 * before (their archive stays readable).
 */
function publishedLanguages(policyLanguages: readonly Language[], versionLanguages: readonly string[], organisationDefault: string): Language[] {
  const published = new Set(versionLanguages.filter(isLanguage));
  const ordered = [...policyLanguages.filter((language) => published.has(language)), ...[...published].filter((language) => !policyLanguages.includes(language)).sort()];
  if (!ordered.length) return [];
  const plain = plainAddressLanguage(ordered, organisationDefault);
  return [plain, ...ordered.filter((language) => language !== plain)];
}

/**
 * A policy with its published versions in one language (the plain address's
 * when `language` is null), or null when the organisation, the policy or any
 * version in that language is missing.
 */
export async function getPublicPolicy(orgSlug: string, policySlug: string, language: string | null = null): Promise<PublicPolicy | null> {
  const policy = await db.policy.findFirst({
    where: { slug: policySlug, organisation: { slug: orgSlug } },
    select: {
      slug: true,
      title: true,
      titles: true,
      languages: true,
      organisation: { select: { slug: true, legalName: true, defaultLanguage: true } },
      versions: { select: { ...metaSelect, language: true }, orderBy: { number: "desc" } },
    },
  });
  if (!policy || policy.versions.length === 0) return null;
  const languages = publishedLanguages(readPolicyLanguages(policy.languages), policy.versions.map((version) => version.language), policy.organisation.defaultLanguage);
  const wanted = language ?? languages[0];
  if (!isLanguage(wanted) || !languages.includes(wanted)) return null;
  const versions: PublicVersionMeta[] = [];
  const publishedNumbers: Partial<Record<Language, number[]>> = {};
  for (const { language: versionLanguage, ...meta } of policy.versions) {
    if (isLanguage(versionLanguage)) (publishedNumbers[versionLanguage] ??= []).push(meta.number);
    if (versionLanguage === wanted) versions.push(meta);
  }
  const title = wanted === policy.organisation.defaultLanguage ? policy.title : (readPolicyTitles(policy.titles)[wanted] ?? policy.title);
  return {
    organisation: { slug: policy.organisation.slug, legalName: policy.organisation.legalName },
    policy: { slug: policy.slug, title, language: wanted },
    languages,
    publishedNumbers,
    versions,
  };
}

/**
 * The version in force at `now`: the highest number whose effective date has
 * come. A version published for a later day is listed in the archive but does
 * not replace the current one before that day; when none is in force yet, the
 * first one is shown (its header says when it takes effect).
 */
export function versionInForce<T extends Pick<PublicVersionMeta, "number" | "effectiveAt">>(versions: T[], now: Date): T {
  return versions.find((version) => version.effectiveAt <= now) ?? versions[versions.length - 1];
}

/** One stored version by number in a language (the plain address's when null), or null. */
export async function getPublicVersion(orgSlug: string, policySlug: string, number: number, language: string | null = null): Promise<PublicVersion | null> {
  if (!Number.isSafeInteger(number) || number < 1) return null;
  const wanted = language ?? (await getPublicPolicy(orgSlug, policySlug))?.policy.language;
  if (!wanted) return null;
  const version = await db.policyVersion.findFirst({
    where: { number, language: wanted, policy: { slug: policySlug, organisation: { slug: orgSlug } } },
    select: { ...metaSelect, content: true, html: true },
  });
  if (!version) return null;
  // The statements' sources are the DPO's (record ids, links into the app): never public.
  return { ...version, content: withoutSources(version.content as unknown as PolicyDocument) };
}
