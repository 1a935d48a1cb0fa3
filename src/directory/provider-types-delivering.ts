import type { Catalogs } from '../catalog/index.js';

/** The (program, provider type) pairs whose pack says the provider type delivers the service. */
export function providerTypesDelivering(catalogs: Catalogs, serviceId: string): Array<{ program: string; providerType: string }> {
  return catalogs.list().flatMap((c) => c.pack.providerTypes.filter((p) => p.services.includes(serviceId)).map((p) => ({ program: c.program, providerType: p.id })));
}
