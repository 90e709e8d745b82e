import { inEnglish } from "@/lib/i18n/english";

/**
 * A mutation's result with its messages in English, for tests that read them
 * as text: lib/ gives them as catalogue references (lib/i18n/message.ts).
 */
export function englishResult<T>(result: T): T {
  if (!result || typeof result !== "object") return result;
  const { fieldErrors, formError } = result as { fieldErrors?: Record<string, string>; formError?: string };
  return {
    ...result,
    ...(formError === undefined ? {} : { formError: inEnglish(formError) }),
    ...(fieldErrors === undefined ? {} : { fieldErrors: Object.fromEntries(Object.entries(fieldErrors).map(([path, text]) => [path, inEnglish(text)])) }),
  };
}
