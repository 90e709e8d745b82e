/**
 * The scalar fields of a processing activity as the record shows them (every
 * Art. 30 item that is not a relation), selected the same way by the detail
 * page, the audit snapshot and the register, so a new field cannot be missed
 * by one of them.
 */
export const activityRecordFields = {
  id: true,
  reference: true,
  name: true,
  description: true,
  department: true,
  owner: true,
  status: true,
  role: true,
  jointControllerArrangement: true,
  dataSource: true,
  dataSourceDescription: true,
  publicSources: true,
  dpiaRequired: true,
  dpiaStatus: true,
  dpiaReference: true,
  automatedDecisionMaking: true,
  automatedDecisionLogic: true,
  automatedDecisionConsequences: true,
  provisionRequirement: true,
  provisionConsequences: true,
  storageLocation: true,
  securityDescription: true,
  recipientsNone: true,
  transfersNone: true,
  securityMeasuresNone: true,
  specialCategoriesNone: true,
  lastReviewedOn: true,
  nextReviewOn: true,
  publicTitle: true,
  publicDescription: true,
  consentWithdrawalUrl: true,
  consentWithdrawalInstructions: true,
} as const;
