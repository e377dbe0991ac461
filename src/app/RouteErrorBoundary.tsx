import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';

interface State {
  error: Error | null;
}

/** Last resort for a page that failed to render or load (e.g. a chunk missing after a redeploy). */
export class RouteErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // The message and component stack only: no request, header or key is part of a render error.
    console.error('Page failed:', error.message, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <Alert severity="error" role="alert" sx={{ m: 2 }} action={<Button onClick={() => window.location.reload()}>Reload</Button>}>
        <AlertTitle>This page failed</AlertTitle>
        {this.state.error.message}
      </Alert>
    );
  }
}
