/** `plan xref --format json`: one JSON document (contract: see the design README). */
import { jsonValue, type XrefFormatter } from './view.js';

export const xrefJson: XrefFormatter = (view) => `${JSON.stringify(jsonValue(view), null, 2)}\n`;
