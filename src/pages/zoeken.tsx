import type { ReactNode } from 'react';
import Layout from '@theme/Layout';
import SearchPage from '@site/src/components/Search/SearchPage';

/** `/zoeken?q=…&tag=…&auteur=…&jaar=…&pagina=…`: search the blog. */
export default function Zoeken(): ReactNode {
  return (
    <Layout
      title="Zoeken"
      description="Doorzoek alle artikelen van het blog van developer.overheid.nl."
    >
      <main id="main" className="container margin-vert--lg">
        <h1>Zoeken</h1>
        <SearchPage />
      </main>
    </Layout>
  );
}
