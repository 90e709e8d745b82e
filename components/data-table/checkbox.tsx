"use client";

import { useEffect, useRef, type ComponentProps } from "react";

/** A native checkbox that can also show the mixed state (some rows on the page selected). */
export function Checkbox({ indeterminate = false, className = "", ...props }: ComponentProps<"input"> & { indeterminate?: boolean }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return <input ref={ref} type="checkbox" className={`size-4 rounded border-slate-400 accent-blue-700 ${className}`} {...props} />;
}
