import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';

export default function Home(): ReactNode {
  return (
    <Layout title="Home" description="Het blog voor ontwikkelaars bij de overheid.">
      <main id="main" className="container margin-vert--xl">
        <h1>developer.overheid.nl</h1>
        <p>Het blog voor ontwikkelaars bij de overheid.</p>
        <p>
          <Link to="/blog">Naar het blog</Link>
        </p>
      </main>
    </Layout>
  );
}
