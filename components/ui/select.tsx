import type { ComponentProps } from "react";
import { fieldClassName } from "./input";

export function Select({ className = "", ...props }: ComponentProps<"select">) {
  return <select className={`${fieldClassName} h-9 pr-8 ${className}`} {...props} />;
}
