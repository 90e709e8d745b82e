/**
 * The English dashboard catalogue, one JSON file per namespace (the part of
 * the dashboard it belongs to). English is the source language: its shape is
 * the type every other language must match (messages/de/index.ts).
 */
import account from "./account.json";
import activities from "./activities.json";
import activityForm from "./activityForm.json";
import activityRecord from "./activityRecord.json";
import auth from "./auth.json";
import common from "./common.json";
import audit from "./audit.json";
import auditPresent from "./auditPresent.json";
import members from "./members.json";
import catalogues from "./catalogues.json";
import organisation from "./organisation.json";
import organisations from "./organisations.json";
import recipients from "./recipients.json";
import apiTokens from "./apiTokens.json";
import apiReference from "./apiReference.json";
import webhooks from "./webhooks.json";
import register from "./register.json";
import policies from "./policies.json";
import policyEditor from "./policyEditor.json";
import registerExport from "./registerExport.json";
import registerImport from "./registerImport.json";
import policyLanguages from "./policyLanguages.json";
import translations from "./translations.json";
import translationMessages from "./translationMessages.json";
import dashboard from "./dashboard.json";
import dataTable from "./dataTable.json";
import errors from "./errors.json";
import labels from "./labels.json";
import forms from "./forms.json";
import records from "./records.json";
import shell from "./shell.json";
import ui from "./ui.json";

export const en = {
  account,
  activities,
  activityForm,
  activityRecord,
  auth,
  common,
  audit,
  auditPresent,
  members,
  catalogues,
  organisation,
  organisations,
  recipients,
  apiTokens,
  apiReference,
  webhooks,
  register,
  policies,
  policyEditor,
  registerExport,
  registerImport,
  policyLanguages,
  translations,
  translationMessages,
  dashboard,
  dataTable,
  errors,
  labels,
  forms,
  records,
  shell,
  ui,
};

export type Messages = typeof en;
