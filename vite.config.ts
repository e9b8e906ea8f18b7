import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API server (npm start) listens on 3000; in development Vite serves the app and forwards the rest.
const apiServer = 'http://localhost:3000';

export default defineConfig({
  root: '.',
  plugins: [react()],
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: in chunks of their own they stay cached across releases,
        // which matters to people on slow mobile connections.
        codeSplitting: {
          groups: [
            {
              name: 'ui-libraries',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|i18next|react-i18next)[\\/]/,
            },
            { name: 'validation', test: /node_modules[\\/](zod|libphonenumber-js)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': apiServer,
      '/healthz': apiServer,
      '/readyz': apiServer,
    },
  },
});
