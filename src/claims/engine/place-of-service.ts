/**
 * CMS place-of-service codes (national data, not program policy) mapped onto the words packs use: the rate
 * dimension `setting` (clinic | community) and the facility settings excluded-setting rules name.
 * A pack whose settings differ can still read `settings`; only the CMS meaning lives here.
 */
export interface PlaceOfService { setting: 'clinic' | 'community' | null; settings: readonly string[] }

const community = (...settings: string[]): PlaceOfService => ({ setting: 'community', settings: ['community', ...settings] });
const clinic = (...settings: string[]): PlaceOfService => ({ setting: 'clinic', settings: ['clinic', ...settings] });
const facility = (...settings: string[]): PlaceOfService => ({ setting: null, settings: ['institutional', ...settings] });

const BY_CODE: Readonly<Record<string, PlaceOfService>> = Object.freeze({
  '02': community('telehealth'), '10': community('telehealth'),
  '03': community('school'), '04': community('homeless-shelter'), '09': community('correctional'),
  '11': clinic('office'), '12': community('home'), '13': community('assisted-living'),
  '14': community('group-home'), '15': community('mobile-unit'), '16': community('temporary-lodging'),
  '18': community('place-of-employment'), '19': clinic('off-campus-hospital-outpatient'),
  '22': clinic('on-campus-hospital-outpatient'), '49': clinic('independent-clinic'), '50': clinic('fqhc'),
  '53': clinic('community-mental-health-center'), '57': clinic('non-residential-sud'), '58': clinic('non-residential-opioid'),
  '71': clinic('public-health-clinic'), '72': clinic('rural-health-clinic'), '99': community('other'),
  '21': facility('hospital'), '23': facility('hospital'), '51': facility('imd', 'hospital'),
  '31': facility('nursing-facility'), '32': facility('nursing-facility'), '33': facility('custodial-care'),
  '54': facility('icf-iid'), '55': facility('imd', 'residential-sud'), '56': facility('imd', 'psychiatric-residential'),
  '61': facility('hospital', 'inpatient-rehabilitation'),
});

const UNKNOWN: PlaceOfService = Object.freeze({ setting: null, settings: Object.freeze([]) as readonly string[] });

/** What a two-digit CMS place-of-service code means for rate selection and excluded settings. */
export function placeOfService(code: string): PlaceOfService {
  return BY_CODE[code.length === 1 ? `0${code}` : code] ?? UNKNOWN;
}
