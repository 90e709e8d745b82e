/**
 * Messages from lib/ in English, for what has no reader's language: the HTTP
 * API's error bodies, logs, and tests that read a message as text.
 */
import { createTranslator } from "next-intl";
import { en } from "@/messages/en";
import { translateMessage } from "./message";

const t = createTranslator({ locale: "en", messages: en });

export function inEnglish(text: string): string {
  return translateMessage(t, text);
}
