import type { ReactNode } from 'react';

export interface BlockquoteProps {
  children?: ReactNode;
  caption?: ReactNode;
  attribution?: ReactNode;
  variation?: string;
}

export function Blockquote({ children, caption, attribution }: BlockquoteProps): ReactNode {
  const note = caption ?? attribution;
  return (
    <figure className="utrecht-blockquote">
      <blockquote className="utrecht-blockquote__content">{children}</blockquote>
      {note ? <figcaption className="utrecht-blockquote__attribution">{note}</figcaption> : null}
    </figure>
  );
}
