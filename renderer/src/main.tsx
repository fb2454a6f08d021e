import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initTransport } from './api/client';
import { App } from './App';
import { SettingsProvider } from './common/SettingsProvider';
import { ToastProvider } from './common/ToastProvider';
import { ImportProvider } from './library/ImportProvider';
import './styles/base.css';
import './styles/controls.css';
import './styles/tags.css';
import './styles/dialogs.css';
import './styles/library.css';
import './styles/rules.css';
import './styles/import.css';
import './styles/reader.css';
import './styles/marks.css';
import './styles/panel.css';
import './styles/find.css';
import './styles/editor.css';

initTransport();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ToastProvider>
      <SettingsProvider>
        <ImportProvider>
          <App />
        </ImportProvider>
      </SettingsProvider>
    </ToastProvider>
  </StrictMode>,
);
