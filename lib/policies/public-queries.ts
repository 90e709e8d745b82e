/**
 * Reads for the public policy pages. They read only stored PolicyVersion rows
 * (content, HTML and hash as published): nothing is composed per request, so
 * a public page always shows exactly what was published.
 */
import "server-only";
import type { PolicyVersionOrigin } from "@prisma/client";
import { db } from "@/lib/db";
import { withoutSources } from "./public-document";
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
  policy: { slug: string; title: string; language: string };
  /** Every published version, newest first. */
  versions: PublicVersionMeta[];
};

export type PublicVersion = PublicVersionMeta & { content: PolicyDocument; html: string };

const metaSelect = { number: true, effectiveAt: true, changeSummary: true, contentHash: true, createdAt: true, origin: true } as const;

/** A policy with its published versions, or null when the organisation, the policy or any version is missing. */
export async function getPublicPolicy(orgSlug: string, policySlug: string): Promise<PublicPolicy | null> {
  const policy = await db.policy.findFirst({
    where: { slug: policySlug, organisation: { slug: orgSlug } },
    select: {
      slug: true,
      title: true,
      language: true,
      organisation: { select: { slug: true, legalName: true } },
      versions: { select: metaSelect, orderBy: { number: "desc" } },
    },
  });
  if (!policy || policy.versions.length === 0) return null;
  return { organisation: policy.organisation, policy: { slug: policy.slug, title: policy.title, language: policy.language }, versions: policy.versions };
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

/** One stored version by number, or null. */
export async function getPublicVersion(orgSlug: string, policySlug: string, number: number): Promise<PublicVersion | null> {
  if (!Number.isSafeInteger(number) || number < 1) return null;
  const version = await db.policyVersion.findFirst({
    where: { number, policy: { slug: policySlug, organisation: { slug: orgSlug } } },
    select: { ...metaSelect, content: true, html: true },
  });
  if (!version) return null;
  // The statements' sources are the DPO's (record ids, links into the app): never public.
  return { ...version, content: withoutSources(version.content as unknown as PolicyDocument) };
}
