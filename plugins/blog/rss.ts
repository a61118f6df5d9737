/**
 * Authors in the RSS feed. RSS 2.0's own `<author>` must be an e-mail
 * address, and the `feed` package writes it only for authors with one; our
 * authors have none (blog/authors.yml). The usual field for a name is
 * Dublin Core's `<dc:creator>`, one per author, which `feed` does not write:
 * this adds it to each item of the RSS it made, in item order.
 */

const DC_NAMESPACE = 'http://purl.org/dc/elements/1.1/';

/** Text as CDATA, split where it contains the end marker `]]>`. */
function cdata(text: string): string {
  return `<![CDATA[${text.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`;
}

/**
 * The RSS with a `<dc:creator>` for every name in `creators[i]` in its
 * i-th item. Only `</item>` outside CDATA sections counts as the end of an
 * item, so a title or text that mentions it changes nothing.
 */
export function addCreators(rss: string, creators: readonly (readonly string[])[]): string {
  let item = 0;
  const parts = rss.split(/(<!\[CDATA\[[\s\S]*?\]\]>)/);
  const result = parts
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/([ \t]*)<\/item>/g, (close: string, indent: string) => {
            const names = creators[item] ?? [];
            item += 1;
            return (
              names
                .map((name) => `${indent}    <dc:creator>${cdata(name)}</dc:creator>\n`)
                .join('') + close
            );
          }),
    )
    .join('');
  if (result.includes('xmlns:dc=')) return result;
  return result.replace(/<rss\b/, `<rss xmlns:dc="${DC_NAMESPACE}"`);
}
