import { withPayload } from '@payloadcms/next/withPayload'

/**
 * The admin panel's Next app (app/(payload)), served by our Express server at /admin. Built with
 * webpack: our sources import each other as `./x.js` (Node ESM style), which webpack maps to the
 * `.ts` files and Turbopack does not. `npm run typecheck` type-checks the whole project, so
 * `next build` does not repeat it.
 */
export default withPayload({
  // The dev server answers pages to these hosts only (else a blank page at 127.0.0.1).
  allowedDevOrigins: ['127.0.0.1', 'localhost'],
  typescript: { ignoreBuildErrors: true },
  // The extractor's worker pool resolves tsx's loader at run time when it runs from TypeScript
  // sources; webpack must leave tsx (and its esbuild) to Node instead of bundling it.
  serverExternalPackages: ['tsx'],
  webpack: (config) => {
    config.resolve.extensionAlias = {
      ...config.resolve.extensionAlias,
      '.js': ['.ts', '.tsx', '.js'],
    }
    return config
  },
})
