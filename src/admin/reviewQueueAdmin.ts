import type { Config } from 'payload'

import type { ResolvedNewsroomOptions } from '../options.js'
import { COMPONENT_PATHS } from './componentPaths.js'

/**
 * The review queue's place in the admin panel: its view, its link in the navigation and on the
 * dashboard. These belong to the panel, not to a collection; the collections' own components are
 * bound where their fields are made (collections/*.ts).
 */
export function withReviewQueueAdmin(
  admin: Config['admin'],
  { slugs, usersCollection }: ResolvedNewsroomOptions,
): Config['admin'] {
  const components = admin?.components
  return {
    ...admin,
    components: {
      ...components,
      afterNavLinks: [...(components?.afterNavLinks ?? []), COMPONENT_PATHS.ReviewQueueNavLink],
      beforeDashboard: [
        ...(components?.beforeDashboard ?? []),
        { path: COMPONENT_PATHS.ReviewQueueDashboardLink, clientProps: { claims: slugs.claims } },
      ],
      views: {
        ...components?.views,
        newsroomReviewQueue: {
          Component: {
            path: COMPONENT_PATHS.ReviewQueueView,
            serverProps: { slugs, usersCollection },
          },
          path: '/review-queue',
        },
      },
    },
  }
}
