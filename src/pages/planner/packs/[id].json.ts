/** /planner/packs/<id>.json: one rule pack, fetched when a plan is checked against it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse, plannerFiles } from '../_files.ts';
import type { RulePack } from '../../../lib/rules/schema.ts';

export const getStaticPaths = (async () =>
  (await plannerFiles()).packs.map((pack) => ({
    params: { id: pack.id },
    props: { pack },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ pack: RulePack }> = ({ props }) => jsonResponse(props.pack);
