// @ts-check
// The bench builds this app from a copy under the main repo's .bench/ and passes the
// repo's path in BENCH_REPO_ROOT, so Turbopack resolves next/react from the repo's
// node_modules (a node_modules symlink would point outside Turbopack's root).
const root = process.env.BENCH_REPO_ROOT;

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  ...(root ? { turbopack: { root }, outputFileTracingRoot: root } : {}),
};

module.exports = nextConfig;
