import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MantineProvider } from '@mantine/core';
import { ApiError } from './api/errors';
import { App } from './App';
import { initI18n } from './i18n';
import { theme } from './theme/theme';
// Why first: the product's own CSS comes after Mantine's, so it wins where both style an element.
import './theme/styles';
import './styles.css';
import './styles/analytics.css';
import './styles/insight.css';
import './styles/explore.css';
import './styles/channel-rules.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Why: a 4xx will not fix itself; retry only when the server could not be reached.
      retry: (failures, error) => failures < 2 && error instanceof ApiError && (error.kind === 'network' || error.status >= 500),
      refetchOnWindowFocus: true,
      staleTime: 5_000,
    },
  },
});

await initI18n();

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');
createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light">
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
