/**
 * The English dashboard catalogue, one JSON file per namespace (the part of
 * the dashboard it belongs to). English is the source language: its shape is
 * the type every other language must match (messages/de/index.ts).
 */
import account from "./account.json";
import common from "./common.json";
import registerExport from "./registerExport.json";
import policyLanguages from "./policyLanguages.json";
import translations from "./translations.json";

export const en = {
  account,
  common,
  registerExport,
  policyLanguages,
  translations,
};

export type Messages = typeof en;
