import { apiHandler } from "@/lib/api/handler";
import { countryOperations, getCountryOperation } from "@/lib/api/resources/countries";

export const GET = apiHandler(countryOperations.get, getCountryOperation);
