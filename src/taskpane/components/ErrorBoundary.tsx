/** Catches render errors anywhere in the pane: the user sees a MessageBar and a reload button, never a blank pane. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Component, type ReactNode } from 'react';
import { describeError } from '../notices';
import { useT } from '../SettingsContext';

interface Props {
  children: ReactNode;
  onError?: (e: unknown, where: string) => void;
}

interface State {
  error: unknown;
  failed: boolean;
}

function Fallback(props: { error: unknown; onRetry: () => void }) {
  const t = useT();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.crashTitle}</MessageBarTitle>
        {t.crashBody} ({describeError(props.error)})
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={props.onRetry}>{t.retry}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown): void {
    this.props.onError?.(error, 'render');
  }

  override render(): ReactNode {
    if (this.state.failed) {
      return <Fallback error={this.state.error} onRetry={() => this.setState({ error: null, failed: false })} />;
    }
    return this.props.children;
  }
}
