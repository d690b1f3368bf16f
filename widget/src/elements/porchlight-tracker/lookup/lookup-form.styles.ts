import { css } from 'lit'

// Joined to the tracker's shadow root when the form's chunk loads; scoped to the form. Fields
// and the button are 44 px tall (WCAG 2.5.8 asks 24 at least).
export const styles = css`
  [part~='lookup'] h2 {
    margin: 0 0 0.25rem;
    font-size: 1.375rem;
    line-height: 1.25;
  }

  [part~='lookup'] p {
    margin: 0;
  }

  [part~='lookup'] .field {
    display: grid;
    gap: 0.25rem;
    margin-top: 0.75rem;
    font-weight: 600;
  }

  [part~='lookup-input'] {
    box-sizing: border-box;
    width: 100%;
    max-width: 20rem;
    min-height: 2.75rem;
    padding: 0.5rem;
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
    margin-top: 0.25rem;
    font-size: 0.875rem;
  }

  [part~='lookup-submit'] {
    min-height: 2.75rem;
    margin-top: 1rem;
  }

  [part~='lookup-submit'][aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }

  [part~='lookup-error'] {
    margin-top: 0.75rem;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_text);
    background: var(--_line);
  }

  /* Under the delivery's box, not in it. */
  [part~='lookup-again'] {
    min-height: 2.75rem;
    margin-top: 0.75rem;
  }
`
