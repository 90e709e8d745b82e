/**
 * The activity's own columns from validated form input: the one mapping the
 * form's saves and the imports' bulk writes share.
 */
import type { ActivityInput } from "./schema";

const asDate = (value: string) => (value ? new Date(`${value}T00:00:00Z`) : null);

export function scalarData(input: ActivityInput) {
  return {
    reference: input.reference,
    name: input.name,
    description: input.description,
    department: input.department,
    owner: input.owner,
    status: input.status,
    role: input.role,
    jointControllerArrangement: input.jointControllerArrangement,
    dataSource: input.dataSource,
    dataSourceDescription: input.dataSourceDescription,
    publicSources: input.publicSources,
    dpiaRequired: input.dpiaRequired,
    dpiaStatus: input.dpiaStatus,
    dpiaReference: input.dpiaReference,
    automatedDecisionMaking: input.automatedDecisionMaking,
    automatedDecisionLogic: input.automatedDecisionLogic,
    automatedDecisionConsequences: input.automatedDecisionConsequences,
    provisionRequirement: input.provisionRequirement,
    provisionConsequences: input.provisionConsequences,
    storageLocation: input.storageLocation,
    securityDescription: input.securityDescription,
    recipientsNone: input.recipientsNone,
    transfersNone: input.transfersNone,
    securityMeasuresNone: input.securityMeasuresNone,
    specialCategoriesNone: input.specialCategoriesNone,
    lastReviewedOn: asDate(input.lastReviewedOn),
    nextReviewOn: asDate(input.nextReviewOn),
    publicTitle: input.publicTitle,
    publicDescription: input.publicDescription,
    consentWithdrawalUrl: input.consentWithdrawalUrl,
    consentWithdrawalInstructions: input.consentWithdrawalInstructions,
  };
}
