/** /flows.json: every end-to-end flow with its steps (process, layer, what follows) and each locale's wording (linked from the downloads page). */
import { getAtlas } from '../lib/atlas.ts';

export async function GET() {
  const atlas = await getAtlas();
  return new Response(JSON.stringify(atlas.flowsJson(), null, 1), { headers: { 'Content-Type': 'application/json' } });
}
