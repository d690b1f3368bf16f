import { css } from 'lit'

// Adopted into the tracker's shadow root when the panel's chunk loads, next to its own styles,
// so the same --porchlight-* tokens apply. Controls are at least 24 px in each direction
// (WCAG 2.5.8); options and buttons, 44 px high, to be easy on touch screens.
export const styles = css`
  [part~='manage-section'],
  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  [part~='manage-section'] {
    margin-top: calc(1.25em * var(--_d));
  }

  legend {
    padding: 0;
    margin-bottom: calc(0.5em * var(--_d));
    font-weight: 600;
  }

  .day legend,
  .hint,
  .counter,
  .detail {
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 400;
  }

  .day + .day {
    margin-top: calc(0.75em * var(--_d));
  }

  .options {
    display: grid;
    gap: calc(0.5em * var(--_d));
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part~='window-option'],
  [part~='pickup-option'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(0.125em * var(--_d)) calc(0.75em * var(--_d));
    box-sizing: border-box;
    width: 100%;
    min-height: 2.75em;
    padding: calc(0.5em * var(--_d)) calc(0.75em * var(--_d));
    border: 1px solid var(--_line);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_background);
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  [part~='pickup-option'] > span {
    flex-basis: 100%;
  }

  [aria-pressed='true'] {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }

  button:disabled {
    color: var(--_muted);
    cursor: not-allowed;
  }

  .tag {
    margin-inline-start: auto;
    font-size: 0.875em;
    font-weight: 600;
  }

  [part~='pickup-option'] > .tag {
    flex-basis: auto;
    margin-inline-start: 0;
  }

  .name {
    font-weight: 600;
  }

  .choice {
    display: flex;
    align-items: center;
    gap: calc(0.5em * var(--_d));
    min-height: 2em;
  }

  input[type='radio'],
  input[type='checkbox'] {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    accent-color: var(--_accent);
  }

  .field {
    display: grid;
    gap: calc(0.25em * var(--_d));
    margin-top: calc(0.75em * var(--_d));
  }

  textarea {
    resize: vertical;
  }

  [aria-invalid='true'] {
    border: 2px solid var(--_text);
  }

  .counter {
    display: block;
    text-align: end;
  }

  [part~='manage-error'] {
    margin: calc(0.75em * var(--_d)) 0 0;
    padding: calc(0.5em * var(--_d)) calc(0.75em * var(--_d));
    border-inline-start: 4px solid var(--_text);
    background: var(--_line);
  }

  .hint {
    margin: 0;
  }

  button:focus-visible,
  input:focus-visible,
  textarea:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
`
