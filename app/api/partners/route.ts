// GET /api/partners?reporter=KGZ&source=dots — the partners one reporter has in one source, for the
// partner box; 400 lists invalid parameters, 404 when the source has no such reporter.
import { NextResponse, type NextRequest } from 'next/server';
import { getReporterPartners } from '@/lib/data/get-catalog';
import { respondWithDataVersion, versionedResponse } from '@/lib/serving/versioned-response';
import type { PartnersResponse } from '@/lib/client/partners-query';
import { partnersRequestSchema } from '@/lib/client/partners-request';

export async function GET(request: NextRequest): Promise<Response> {
  const params = request.nextUrl.searchParams;
  const parsed = partnersRequestSchema.safeParse({
    reporter: params.get('reporter') ?? undefined,
    source: params.get('source') ?? undefined,
  });
  if (!parsed.success) {
    return NextResponse.json(
      { error: 'Invalid query parameters', issues: parsed.error.issues },
      { status: 400 },
    );
  }
  const { reporter, source } = parsed.data;
  // Tagged with the data version like every view: the list changes only when a load commits.
  return respondWithDataVersion(request, (version) =>
    versionedResponse(
      request,
      { version, key: `/api/partners?source=${source}&reporter=${reporter}` },
      async () => {
        const partners = await getReporterPartners(source, reporter);
        if (!partners) {
          return NextResponse.json(
            { error: `The source ${source} has no data for reporter ${reporter}.` },
            { status: 404 },
          );
        }
        return NextResponse.json({ reporter, source, partners } satisfies PartnersResponse);
      },
    ),
  );
}
