import { css } from 'lit'

// Joined to the tracker's shadow root when the feedback chunk loads. Every rule is scoped to
// the section: the root is shared with the tracker's and the panels' rules. Stars, tags and
// buttons are at least 24 px in each direction (WCAG 2.5.8); stars and buttons 44 px.
export const styles = css`
  [part~='feedback'] {
    padding: 1rem 0;
    border-bottom: 1px solid var(--_line);
  }

  [part~='feedback'] h3 {
    margin: 0 0 0.5rem;
    font-size: 1.125rem;
  }

  [part~='feedback'] fieldset {
    min-width: 0;
    margin: 0 0 0.75rem;
    padding: 0;
    border: 0;
  }

  [part~='feedback'] legend {
    padding: 0;
    margin-bottom: 0.375rem;
    font-weight: 600;
  }

  [part~='feedback'] .stars {
    display: flex;
  }

  /* The radio is kept, invisible, over its star: it is what keyboards and screen readers use. */
  [part~='feedback-star'] {
    position: relative;
    display: grid;
    place-items: center;
    width: 2.75rem;
    height: 2.75rem;
    color: var(--_muted);
    font-size: 1.75rem;
    cursor: pointer;
  }

  [part~='feedback-star'] input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }

  [part~='feedback-star'].on,
  [part~='feedback'] .shown-stars {
    color: var(--_accent);
  }

  [part~='feedback-star']:has(input:focus-visible) {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
    border-radius: 50%;
  }

  [part~='feedback'] .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  [part~='feedback-tag'] {
    display: flex;
    align-items: center;
    gap: 0.375rem;
    min-height: 2rem;
    padding: 0.125rem 0.75rem 0.125rem 0.5rem;
    border: 1px solid var(--_line);
    border-radius: 1rem;
    cursor: pointer;
  }

  [part~='feedback-tag'] input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }

  [part~='feedback'] .field {
    display: grid;
    gap: 0.25rem;
  }

  [part~='feedback'] .counter,
  [part~='feedback'] .hint {
    display: block;
    color: var(--_muted);
    font-size: 0.875rem;
  }

  [part~='feedback'] .counter {
    text-align: end;
  }

  [part~='feedback'] .hint,
  [part~='feedback'] .comment,
  [part~='feedback-case'] {
    margin-top: 0.5rem;
  }

  [part~='feedback'] .saved-tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0.5rem 0 0;
    padding-inline-start: 1.25rem;
  }

  [part~='feedback'] .comment {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }


  [part~='feedback-submit']:disabled {
    opacity: 0.6;
    cursor: progress;
  }

  [part~='feedback-error'] {
    margin: 0.75rem 0 0;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_text);
    background: var(--_line);
  }

  [part~='feedback'] h3:focus-visible,
  [part~='feedback'] button:focus-visible,
  [part~='feedback'] input:focus-visible,
  [part~='feedback-comment']:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
`
