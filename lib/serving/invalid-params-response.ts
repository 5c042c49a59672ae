import type { StateIssue } from '../view-state/dashboard-state';

// 400 for a download whose link has invalid parameters: plain text, never HTML, since the issues
// quote (shortened) what the link said.
export function invalidParamsResponse(issues: StateIssue[]): Response {
  const text = ['Invalid query parameters:', ...issues.map((issue) => `- ${issue.message}`)].join('\n');
  return new Response(`${text}\n`, {
    status: 400,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}
