/** The German dashboard catalogue: typed as the English one, so a missing namespace or key fails to compile. */
import type { Messages } from "../en";
import account from "./account.json";
import common from "./common.json";
import registerExport from "./registerExport.json";
import policyLanguages from "./policyLanguages.json";
import translations from "./translations.json";

export const de: Messages = {
  account,
  common,
  registerExport,
  policyLanguages,
  translations,
};
