/**
 * The Art. 30(2) processor sheet's columns, in English; other languages in ./wording.
 */
// Art. 30(2): the processor's record, one row per controller and activity.
export const PROCESSOR_REGISTER_COLUMNS = [
  { key: "controller", header: "Controller on whose behalf we process" }, // 30(2)(a)
  { key: "controllerContact", header: "Contact details of the controller" }, // 30(2)(a)
  { key: "reference", header: "Reference" },
  { key: "name", header: "Name of processing activity" },
  { key: "categories", header: "Categories of processing carried out on behalf of the controller" }, // 30(2)(b)
  { key: "thirdCountries", header: "Names of third countries or international organisations that personal data are transferred to (if applicable)" }, // 30(2)(c)
  { key: "safeguards", header: "Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)" }, // 30(2)(c)
  { key: "securityMeasures", header: "General description of technical and organisational security measures (if possible)" }, // 30(2)(d)
  { key: "status", header: "Status" },
] as const;

export type ProcessorColumnKey = (typeof PROCESSOR_REGISTER_COLUMNS)[number]["key"];
