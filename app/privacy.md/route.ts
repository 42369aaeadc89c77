import fs from 'node:fs';
import path from 'node:path';

// docs/privacy.md, served as plain text at /privacy.md (linked from the about page).
export const dynamic = 'force-static';

export function GET() {
  const text = fs.readFileSync(path.join(process.cwd(), 'docs', 'privacy.md'), 'utf8');
  return new Response(text, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
}
