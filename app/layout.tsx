import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { Providers } from '@/components/providers';
import { SITE_NAME } from '@/lib/view-state/site';
import './globals.css';

export const metadata: Metadata = {
  title: SITE_NAME,
  description:
    'How China caught up with Russia as Kazakhstan’s trade partner, 1995–2017, from World Bank WITS data.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
