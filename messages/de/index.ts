/** The German dashboard catalogue: typed as the English one, so a missing namespace or key fails to compile. */
import type { Messages } from "../en";
import account from "./account.json";
import activities from "./activities.json";
import auth from "./auth.json";
import common from "./common.json";
import registerExport from "./registerExport.json";
import policyLanguages from "./policyLanguages.json";
import translations from "./translations.json";
import dashboard from "./dashboard.json";
import dataTable from "./dataTable.json";
import errors from "./errors.json";
import records from "./records.json";
import shell from "./shell.json";
import ui from "./ui.json";

export const de: Messages = {
  account,
  activities,
  auth,
  common,
  registerExport,
  policyLanguages,
  translations,
  dashboard,
  dataTable,
  errors,
  records,
  shell,
  ui,
};
