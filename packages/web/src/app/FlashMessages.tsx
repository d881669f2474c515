import { Alert } from 'antd';
import { useBootstrap } from '../bootstrap/BootstrapContext';
import styles from './AppShell.module.css';

/** Messages the server attached to this page load (after a logout, a refused action, ...). */
export function FlashMessages() {
  const messages = useBootstrap().common.flash_messages;
  if (messages.length === 0) return null;
  return (
    <div className={styles.flashMessages}>
      {messages.map((flash, index) => (
        <Alert key={index} type={flash.level} message={flash.message} showIcon closable />
      ))}
    </div>
  );
}
