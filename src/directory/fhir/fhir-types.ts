/** The small subset of FHIR R4 the Plan-Net directory emits (no FHIR type package is installed). */

export interface Coding { system?: string; code: string; display?: string }
export interface CodeableConcept { coding?: Coding[]; text?: string }
export interface Reference { reference: string; display?: string }
export interface Identifier { use?: string; system?: string; value: string; type?: CodeableConcept }
export interface ContactPoint { system: 'phone' | 'email' | 'url'; value: string; use?: 'work' }
export interface Address { use?: 'work'; type?: 'physical'; line?: string[]; city?: string; district?: string; state?: string; postalCode?: string; country?: string; text?: string }
export interface Period { start?: string; end?: string }
export interface Extension { url: string; valueBoolean?: boolean; valueReference?: Reference; valueString?: string; valueCodeableConcept?: CodeableConcept; extension?: Extension[] }
export interface Meta { profile?: string[]; lastUpdated?: string }

interface Base { id: string; meta: Meta; extension?: Extension[] }

export interface Organization extends Base {
  resourceType: 'Organization'; active: boolean; name: string; identifier?: Identifier[]; type?: CodeableConcept[];
  telecom?: ContactPoint[]; address?: Address[];
}
export interface Location extends Base {
  resourceType: 'Location'; status: 'active'; name: string; telecom?: ContactPoint[]; address: Address; managingOrganization?: Reference;
}
export interface HealthcareService extends Base {
  resourceType: 'HealthcareService'; active: boolean; name: string; providedBy: Reference; category: CodeableConcept[];
  type?: CodeableConcept[]; specialty?: CodeableConcept[]; location?: Reference[]; telecom?: ContactPoint[]; comment?: string;
}
export interface OrganizationAffiliation extends Base {
  resourceType: 'OrganizationAffiliation'; active: boolean; period?: Period; organization: Reference; participatingOrganization: Reference;
  network?: Reference[]; code?: CodeableConcept[]; specialty?: CodeableConcept[]; location?: Reference[]; healthcareService?: Reference[];
}
export type PlanNetResource = Organization | Location | HealthcareService | OrganizationAffiliation;

export interface OperationOutcome {
  resourceType: 'OperationOutcome';
  issue: Array<{ severity: 'error' | 'warning' | 'information'; code: string; diagnostics?: string; expression?: string[] }>;
}
export interface BundleLink { relation: 'self' | 'next' | 'previous' | 'first'; url: string }
export interface Bundle {
  resourceType: 'Bundle'; type: 'searchset'; total: number; link: BundleLink[]; timestamp: string;
  entry: Array<{ fullUrl: string; resource: PlanNetResource; search: { mode: 'match' | 'include' } }>;
}
export interface CapabilityStatement {
  resourceType: 'CapabilityStatement'; status: 'active'; date: string; kind: 'instance'; fhirVersion: '4.0.1'; format: string[];
  name: string; title: string; publisher?: string; instantiates: string[]; implementation: { description: string; url?: string };
  software: { name: string };
  rest: Array<{ mode: 'server'; security?: { description: string }; resource: Array<{
    type: string; profile: string; supportedProfile?: string[]; interaction: Array<{ code: 'read' | 'search-type' }>;
    searchParam: Array<{ name: string; type: 'string' | 'token' | 'reference' | 'number'; documentation?: string }>; searchInclude?: string[];
  }> }>;
}
