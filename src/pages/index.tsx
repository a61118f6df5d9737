import type { ReactNode } from 'react';
import Layout from '@theme/Layout';
import HomeIntro from '@site/src/components/HomeIntro';

export default function Home(): ReactNode {
  // No `title`: the page title is then just the site name, "developer.overheid.nl".
  return (
    <Layout description="Het blog voor ontwikkelaars bij de overheid: artikelen over API’s, open source, cloud en standaarden.">
      <main className="container">
        <HomeIntro />
      </main>
    </Layout>
  );
}
