import { css } from 'lit'

// Joined to the tracker's shadow root when the feedback chunk loads. Every rule is scoped to
// the section: the root is shared with the tracker's and the panels' rules. Stars, tags and
// buttons are at least 24 px in each direction (WCAG 2.5.8); stars and buttons 44 px.
export const styles = css`
  [part~='feedback'] {
    padding: calc(1em * var(--_d)) 0;
    border-bottom: 1px solid var(--_line);
  }

  [part~='feedback'] h3 {
    margin: 0 0 calc(0.5em / 1.125 * var(--_d));
    font-size: 1.125em;
  }

  [part~='feedback'] fieldset {
    min-width: 0;
    margin: 0 0 calc(0.75em * var(--_d));
    padding: 0;
    border: 0;
  }

  [part~='feedback'] legend {
    padding: 0;
    margin-bottom: calc(0.375em * var(--_d));
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
    /* 44 px at the body's size: the star's own em is 1.75 times that. */
    width: calc(2.75em / 1.75);
    height: calc(2.75em / 1.75);
    color: var(--_muted);
    font-size: 1.75em;
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
    gap: calc(0.5em * var(--_d));
  }

  [part~='feedback-tag'] {
    display: flex;
    align-items: center;
    gap: calc(0.375em * var(--_d));
    min-height: 2em;
    padding: calc(0.125em * var(--_d)) calc(0.75em * var(--_d)) calc(0.125em * var(--_d)) calc(0.5em * var(--_d));
    border: 1px solid var(--_line);
    border-radius: 1em;
    cursor: pointer;
  }

  [part~='feedback-tag'] input {
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    accent-color: var(--_accent);
  }

  [part~='feedback'] .field {
    display: grid;
    gap: calc(0.25em * var(--_d));
  }

  [part~='feedback'] .counter,
  [part~='feedback'] .hint {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }

  [part~='feedback'] .counter {
    text-align: end;
  }

  [part~='feedback'] .hint,
  [part~='feedback'] .comment,
  [part~='feedback-case'] {
    margin-top: calc(0.5em * var(--_d));
  }

  [part~='feedback'] .saved-tags {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.25em * var(--_d)) calc(1em * var(--_d));
    margin: calc(0.5em * var(--_d)) 0 0;
    padding-inline-start: calc(1.25em * var(--_d));
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
    margin: calc(0.75em * var(--_d)) 0 0;
    padding: calc(0.5em * var(--_d)) calc(0.75em * var(--_d));
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
