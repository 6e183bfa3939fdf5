import { Component, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/**
 * Shows why the profile could not be read (a failed upgrade, storage refused) instead of a blank popup. The
 * database is left as it was, so the message says so; reopening the popup tries again.
 */
export class ProfileErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="gp-profile">
        <div className="gp-notice gp-notice-error" role="alert">
          <p>
            Your profile could not be opened: {this.state.error.message} Nothing was changed; close and reopen
            Gapmark to try again.
          </p>
        </div>
      </div>
    );
  }
}
