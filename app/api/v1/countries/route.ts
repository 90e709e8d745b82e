import { apiHandler } from "@/lib/api/handler";
import { countryOperations, listCountriesOperation } from "@/lib/api/resources/countries";

export const GET = apiHandler(countryOperations.list, listCountriesOperation);
