import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { RouteError } from './route-error.tsx';

interface ErrorBoundaryProps {
  children: ReactNode;
  /** When this changes (the person went elsewhere), the boundary tries rendering again. */
  resetKey: string;
  /**
   * What shows in place of what failed, given a way to try rendering again: by default, a page that says
   * so and offers a way on.
   */
  fallback?: (error: Error, retry: () => void) => ReactNode;
}

interface ErrorBoundaryState {
  error: Error | null;
  resetKey: string;
}

/** Catches a screen that fails to render and offers a way back; saved answers live in storage. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(
    props: ErrorBoundaryProps,
    state: ErrorBoundaryState,
  ): Partial<ErrorBoundaryState> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept in the console for whoever debugs it; nothing is sent anywhere.
    console.warn('A screen failed to render:', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    if (!this.props.fallback) return <RouteError error={error} />;
    return this.props.fallback(error, () => this.setState({ error: null }));
  }
}
