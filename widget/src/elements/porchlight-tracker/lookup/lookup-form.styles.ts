import { css } from 'lit'

// Joined to the tracker's shadow root when the form's chunk loads; scoped to the form. Fields
// and the button are 44 px tall (WCAG 2.5.8 asks 24 at least).
export const styles = css`
  [part~='lookup'] h2 {
    margin: 0 0 calc(0.25em / 1.375 * var(--_d));
    font-size: 1.375em;
    line-height: 1.25;
  }

  [part~='lookup'] p {
    margin: 0;
  }

  [part~='lookup'] .field {
    display: grid;
    gap: calc(0.25em * var(--_d));
    margin-top: calc(0.75em * var(--_d));
    font-weight: 600;
  }

  [part~='lookup-input'] {
    box-sizing: border-box;
    width: 100%;
    max-width: 20em;
    min-height: 2.75em;
    padding: calc(0.5em * var(--_d));
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) / 3);
    background: var(--_background);
    color: inherit;
    font: inherit;
    font-weight: 400;
  }

  [part~='lookup-input'][aria-invalid='true'] {
    border: 2px solid var(--_text);
  }

  [part~='lookup-input']:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  [part~='lookup'] .field-problem {
    margin-top: calc(0.25em / 0.875 * var(--_d));
    font-size: 0.875em;
  }

  [part~='lookup-submit'] {
    min-height: 2.75em;
    margin-top: calc(1em * var(--_d));
  }

  [part~='lookup-submit'][aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }

  [part~='lookup-error'] {
    margin-top: calc(0.75em * var(--_d));
    padding: calc(0.5em * var(--_d)) calc(0.75em * var(--_d));
    border-inline-start: 4px solid var(--_text);
    background: var(--_line);
  }

  /* Under the delivery's box, not in it. */
  [part~='lookup-again'] {
    min-height: 2.75em;
    margin-top: calc(0.75em * var(--_d));
  }
`
