"use client";

/**
 * Focuses the field named in the address's fragment (`…/edit#purposes.0.legalBasisIds`),
 * so a link from a finding or from a statement of the policy preview lands in
 * the field to edit, not merely near it. The fragment is an element's id, or
 * the name of a radio group (its chosen answer, else its first); for a section
 * it is the section's first field.
 */
import { useEffect } from "react";

const FOCUSABLE = "input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [tabindex]:not([tabindex='-1'])";

function targetOf(hash: string): HTMLElement | null {
  let name: string;
  try {
    name = decodeURIComponent(hash.replace(/^#/, ""));
  } catch {
    return null;
  }
  if (!name) return null;
  const byId = document.getElementById(name);
  if (byId) return byId.matches(FOCUSABLE) ? byId : byId.querySelector<HTMLElement>(FOCUSABLE);
  const group = document.getElementsByName(name);
  return (Array.from(group).find((element) => element instanceof HTMLInputElement && element.checked) as HTMLElement | undefined) ?? (group[0] as HTMLElement | undefined) ?? null;
}

export function FocusFromHash() {
  useEffect(() => {
    const focus = () => {
      const target = targetOf(window.location.hash);
      if (!target) return;
      target.scrollIntoView({ block: "center" });
      target.focus({ preventScroll: true });
    };
    // After the form has rendered its fields.
    const frame = requestAnimationFrame(focus);
    window.addEventListener("hashchange", focus);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("hashchange", focus);
    };
  }, []);
  return null;
}
