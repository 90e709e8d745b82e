/**
 * Messages from lib/ in English, for what has no reader's language: the HTTP
 * API's error bodies, logs, and tests that read a message as text.
 */
// use-intl/core (the library under next-intl) has no React in it: this module
// runs in scripts and the benchmark too, where React's client API is absent.
import { createTranslator } from "use-intl/core";
import { en } from "@/messages/en";
import { translateMessage } from "./message";

const t = createTranslator({ locale: "en", messages: en });

export function inEnglish(text: string): string {
  return translateMessage(t, text);
}
