/** /processes.json: every process's facts, later-release ids and each locale's wording, for tools, tests and checks (linked from the downloads page). */
import { getAtlas } from '../lib/atlas.ts';

export async function GET() {
  const atlas = await getAtlas();
  return new Response(JSON.stringify(atlas.processesJson(), null, 1), { headers: { 'Content-Type': 'application/json' } });
}
