import type { NavGroup } from './platform/AppLayout.tsx';

/** The navbar: one group per module, in the order of the architecture. */
export const navigation: NavGroup[] = [
  { module: 'Overview', items: [{ label: 'Home', to: '/', exact: true }] },
  { module: 'Catalog', items: [{ label: 'Policy catalog', to: '/catalog', public: true }] },
  {
    module: 'Network',
    items: [
      { label: 'Organizations', to: '/organizations' },
      { label: 'Teams', to: '/teams' },
      { label: 'Staff', to: '/staff' },
    ],
  },
  { module: 'Members', items: [{ label: 'Members', to: '/members' }] },
  { module: 'Utilization management', items: [{ label: 'Authorizations', to: '/authorizations' }] },
];
