import { statuspageApi } from '../lib/outputs/api/statuspage';
import type { ApiDocumentName } from '../lib/outputs/urls';
import { jsonResponse } from './responses';
import { site } from './site';
import { getStatusModel } from './status-model';

/** One Statuspage v2 document of this build, as its JSON file. */
export async function apiDocumentResponse(name: ApiDocumentName): Promise<Response> {
  const api = statuspageApi(await getStatusModel(), site);
  return jsonResponse(api[name]);
}
