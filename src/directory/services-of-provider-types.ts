import type { Catalogs } from '../catalog/index.js';

export interface DirectoryService { id: string; name: string; program: string; category: string }

/** The services an organization may deliver: its certified provider types' services in each program's pack, once each. */
export function servicesOfProviderTypes(catalogs: Catalogs, enrollments: ReadonlyArray<{ program: string; providerType: string }>): DirectoryService[] {
  const out = new Map<string, DirectoryService>();
  for (const e of enrollments) {
    const catalog = catalogs.get(e.program);
    for (const id of catalog?.providerType(e.providerType)?.services ?? []) {
      const service = catalog!.service(id);
      if (service && !out.has(`${e.program}/${id}`)) out.set(`${e.program}/${id}`, { id, name: service.name, program: e.program, category: service.category });
    }
  }
  return [...out.values()].sort((a, b) => a.name.localeCompare(b.name));
}
