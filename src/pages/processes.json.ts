/** dist/processes.json: the tree and every locale's title, summary and URL, for tools, tests and checks. */
import { getAtlas } from '../lib/atlas.ts';

export async function GET() {
  const atlas = await getAtlas();
  return new Response(JSON.stringify(atlas.processesJson(), null, 1), { headers: { 'Content-Type': 'application/json' } });
}
