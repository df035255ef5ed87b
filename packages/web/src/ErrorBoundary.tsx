import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { Alert, Button } from '@mantine/core';
import { Translation } from 'react-i18next';

interface State {
  error: Error | null;
}

/** Keeps a rendering bug from blanking the whole page; offers a reload. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Rendering failed', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const message = this.state.error.message;
    return (
      <Translation>
        {(t) => (
          <Alert color="red" className="notice">
            <p>{t('error.unexpected', { message })}</p>
            <Button variant="default" size="compact-sm" mt={8} onClick={() => window.location.reload()}>
              {t('action.reload')}
            </Button>
          </Alert>
        )}
      </Translation>
    );
  }
}
