/**
 * "Vérifier les données": the form under the outcome, folded (the WAI-ARIA disclosure pattern: a
 * button with aria-expanded controlling the region). It opens by itself when something is missing,
 * with a summary naming every missing field, so nothing red shows before the user touches a field.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { type FieldIssue, fieldLabel, type Language } from '../../core';
import { labelPathOf } from './form-fields';
import { paneStrings } from './strings';

export function VerifyData(props: { issues: FieldIssue[]; language: Language; children: ComponentChildren }) {
  const strings = paneStrings[props.language].verify;
  const incomplete = props.issues.length > 0;
  const [expanded, setExpanded] = useState(incomplete);
  // Opens when something goes missing; never folds by itself while the user is filling it in.
  useEffect(() => {
    if (incomplete) setExpanded(true);
  }, [incomplete]);
  const missing = [...new Set(props.issues.map((issue) => fieldLabel(labelPathOf(issue.field), props.language)))];
  return (
    <section class="verify" aria-labelledby="verify-toggle">
      <h2 class="verify-heading">
        <button id="verify-toggle" type="button" class="disclosure" aria-expanded={expanded} aria-controls="verify-content" onClick={() => setExpanded(!expanded)}>
          <span class="chevron" aria-hidden="true" />
          {strings.toggle}
        </button>
      </h2>
      <div id="verify-content" hidden={!expanded}>
        {incomplete && (
          <p class="summary" id="verify-summary">
            {strings.missing(missing.join(', '))}
          </p>
        )}
        {props.children}
      </div>
    </section>
  );
}
