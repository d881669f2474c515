import 'antd/dist/reset.css';
import './app/global.css';
import { App as AntdApp, ConfigProvider } from 'antd';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { BootstrapErrorPage } from './app/BootstrapErrorPage';
import { supersetTheme } from './app/theme';
import { readBootstrap } from './bootstrap/read-bootstrap';

const container = document.getElementById('app');
if (!container) throw new Error('index.html has no #app element to render into.');

const result = readBootstrap(document);
if (result.isValid) document.title = result.bootstrap.common.app_name;

createRoot(container).render(
  <StrictMode>
    <ConfigProvider theme={supersetTheme}>
      <AntdApp>
        {result.isValid ? (
          <App bootstrap={result.bootstrap} />
        ) : (
          <BootstrapErrorPage problem={result.problem} />
        )}
      </AntdApp>
    </ConfigProvider>
  </StrictMode>,
);
