/** Wires the document tools of the page (loaded by the page module on pages that have them). */
import { setUpDocumentTools } from './tools-client.ts';

setUpDocumentTools(document);
