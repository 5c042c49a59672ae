// What a pasted link unfurls to (Open Graph and Twitter cards): the view's title, description,
// address and preview image. The dashboard and the analysis views build it the same way.

export type PreviewImage = { url: string; alt: string; width?: number; height?: number };

export function linkPreviewMetadata(title: string, description: string, url: string, image: PreviewImage) {
  return {
    title,
    description,
    openGraph: { title, description, type: 'website' as const, url, images: [image] },
    twitter: { card: 'summary_large_image' as const, title, description, images: [image] },
  };
}
