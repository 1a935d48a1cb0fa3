/** Da Vinci PDEX Plan-Net (1.1.0) canonical URLs and code systems the directory uses. */
const base = 'http://hl7.org/fhir/us/davinci-pdex-plan-net';
export const planNet = {
  capability: `${base}/CapabilityStatement/plan-net`,
  profile: {
    Organization: `${base}/StructureDefinition/plannet-Organization`,
    Network: `${base}/StructureDefinition/plannet-Network`,
    Location: `${base}/StructureDefinition/plannet-Location`,
    HealthcareService: `${base}/StructureDefinition/plannet-HealthcareService`,
    OrganizationAffiliation: `${base}/StructureDefinition/plannet-OrganizationAffiliation`,
  },
  orgType: `${base}/CodeSystem/OrgTypeCS`,
  serviceCategory: `${base}/CodeSystem/HealthcareServiceCategoryCS`,
  affiliationRole: `${base}/CodeSystem/OrganizationAffiliationRoleCS`,
  networkReference: `${base}/StructureDefinition/network-reference`,
  newPatients: `${base}/StructureDefinition/newpatients`,
  acceptingPatients: `${base}/CodeSystem/AcceptingPatientsCS`,
  npi: 'http://hl7.org/fhir/sid/us-npi',
  /** Local code systems for a program's services and provider types (the pack's ids). */
  localServices: (program: string) => `urn:openhcbs:${program}:service`,
  localProviderTypes: (program: string) => `urn:openhcbs:${program}:provider-type`,
} as const;
