import { z } from 'zod';

/** What crosses the HTTP edge for the public provider directory. */

const Flag = z.enum(['true', 'false']);

export const DirectoryQuery = z.object({
  /** A service id of a program pack: providers whose certified provider types deliver it. */
  service: z.string().trim().max(64).optional(),
  county: z.string().trim().max(64).optional(),
  accepting: Flag.optional(),
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type DirectoryQuery = z.infer<typeof DirectoryQuery>;

export const DirectoryAddress = z.object({
  line1: z.string(), line2: z.string().nullable(), city: z.string(), state: z.string(), zip: z.string(),
});

export const DirectoryEntry = z.object({
  id: z.string(), name: z.string(), npi: z.string(), acceptingNewClients: z.boolean(),
  phone: z.string().nullable(), email: z.string().nullable(), website: z.string().nullable(),
  updatedAt: z.string(),
  certifications: z.array(z.object({
    id: z.string(), program: z.string(), programName: z.string(), providerType: z.string(), providerTypeName: z.string(),
    status: z.enum(['active', 'provisional']), from: z.string(), certifiedThrough: z.string().nullable(),
  })),
  services: z.array(z.object({ id: z.string(), name: z.string(), program: z.string(), category: z.string() })),
  sites: z.array(z.object({ id: z.string(), name: z.string(), county: z.string(), address: DirectoryAddress, phone: z.string().nullable() })),
});
export type DirectoryEntry = z.infer<typeof DirectoryEntry>;

export const DirectoryPage = z.object({
  items: z.array(DirectoryEntry), total: z.number().int(), page: z.number().int(), pageSize: z.number().int(),
});
export type DirectoryPage = z.infer<typeof DirectoryPage>;

export const DirectoryFilters = z.object({
  services: z.array(z.object({ id: z.string(), name: z.string(), program: z.string() })),
  counties: z.array(z.string()),
});
export type DirectoryFilters = z.infer<typeof DirectoryFilters>;
