import { css } from 'lit'

// Joined to the tracker's shadow root when the chunk loads; scoped to the control, as the root
// is shared. The button takes the tracker's own button styles (part `button`).
export const styles = css`
  [part~='notify'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(0.5em * var(--_d)) calc(1em * var(--_d));
    padding: calc(1em * var(--_d)) 0;
    border-bottom: 1px solid var(--_line);
  }

  [part~='notify'] [role='status'] {
    flex: 1 1 calc(16em / 0.875);
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }

  [part~='notify-button'] {
    min-height: 2.75em;
  }

  [part~='notify-button'][aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }

  [part~='notify-error'] {
    flex-basis: 100%;
    margin: 0;
    padding: calc(0.5em * var(--_d)) calc(0.75em * var(--_d));
    border-inline-start: 4px solid var(--_text);
    background: var(--_line);
  }
`
