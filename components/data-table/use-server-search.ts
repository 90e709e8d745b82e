"use client";

import { useEffect, useState } from "react";
import type { DataTableServerMode } from "./types";

const DEBOUNCE_MS = 300;

/**
 * The search box of a server-paged table: what the user types is sent after a
 * short pause, without a history entry per keystroke. A search that arrives
 * from elsewhere (back button, a link) replaces the box's text, but the
 * answer to an earlier keystroke never overwrites newer typing.
 */
export function useServerSearch(server: DataTableServerMode | undefined) {
  const serverQuery = server?.view.q ?? "";
  const [draft, setDraft] = useState(serverQuery);
  const [typing, setTyping] = useState(false);
  const [seen, setSeen] = useState(serverQuery);
  const [sent, setSent] = useState<string[]>([serverQuery]);
  if (serverQuery !== seen) {
    setSeen(serverQuery);
    if (!typing && !sent.includes(serverQuery)) {
      setDraft(serverQuery);
      setSent([serverQuery]);
    }
  }

  const onViewChange = server?.onViewChange;
  const view = server?.view;
  useEffect(() => {
    if (!typing || !onViewChange || !view) return;
    const timer = setTimeout(() => {
      setTyping(false);
      const q = draft.trim();
      if (q === view.q) return;
      setSent((previous) => [...previous.slice(-9), q]);
      onViewChange({ ...view, q, pageIndex: 0 }, { replace: true });
    }, DEBOUNCE_MS);
    // Following a link (say, to a row just found) leaves the page: a search
    // still waiting to be sent would otherwise pull the user back to the list.
    const onClick = (event: MouseEvent) => {
      if (event.target instanceof Element && event.target.closest("a[href]")) clearTimeout(timer);
    };
    document.addEventListener("click", onClick, true);
    return () => {
      clearTimeout(timer);
      document.removeEventListener("click", onClick, true);
    };
  }, [typing, draft, view, onViewChange]);

  return {
    draft,
    type: (value: string) => {
      setDraft(value);
      setTyping(true);
    },
    /** Sets the box without sending it, for a change the caller sends itself (clearing the filters). */
    reset: (value: string) => {
      setDraft(value);
      setTyping(false);
      setSent([value]);
    },
  };
}
