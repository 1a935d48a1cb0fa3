import type { NavGroup } from './platform/AppLayout.tsx';

/** The navbar: one group per module, in the order of the architecture. */
export const navigation: NavGroup[] = [
  { module: 'Overview', items: [{ label: 'Home', to: '/', exact: true }] },
  { module: 'Catalog', items: [{ label: 'Policy catalog', to: '/catalog', public: true }, { label: 'Provider directory', to: '/directory', public: true }] },
  {
    module: 'Network',
    items: [
      { label: 'Organizations', to: '/organizations' },
      { label: 'Teams', to: '/teams' },
      { label: 'Fidelity', to: '/fidelity' },
      { label: 'Staff', to: '/staff' },
      { label: 'Certification', to: '/certification', exact: true },
      { label: 'Re-verification', to: '/certification/reverification' },
    ],
  },
  { module: 'Members', items: [{ label: 'Members', to: '/members' }] },
  { module: 'Utilization management', items: [{ label: 'Authorizations', to: '/authorizations' }] },
  { module: 'Claims', items: [{ label: 'Claims', to: '/claims' }, { label: 'Remittances', to: '/remittances' }] },
];
