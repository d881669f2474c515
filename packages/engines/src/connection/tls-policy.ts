import type { TlsSettings } from './connection-settings.js';

/**
 * What a TLS mode asks of a driver, independent of how the driver spells it: whether to
 * encrypt, whether to check the certificate chain, whether to check the host name, and the
 * PEM material to present or trust.
 */
export interface TlsPolicy {
  verifyChain: boolean;
  verifyHostname: boolean;
  ca?: string;
  cert?: string;
  key?: string;
}

/**
 * The TLS policy of a libpq-style mode, or null for a plain connection. Node drivers cannot
 * fall back from TLS to plain text, so `prefer` encrypts like `require`; as in libpq,
 * `require` with a root certificate verifies the chain like `verify-ca`.
 */
export function tlsPolicy(tls: TlsSettings | undefined): TlsPolicy | null {
  if (!tls) return null;
  const material = {
    ...(tls.rootCertPem ? { ca: tls.rootCertPem } : {}),
    ...(tls.certPem ? { cert: tls.certPem } : {}),
    ...(tls.keyPem ? { key: tls.keyPem } : {}),
  };
  switch (tls.mode) {
    case 'disable':
    case 'allow':
      return null;
    case 'prefer':
    case 'require':
      return { verifyChain: tls.rootCertPem !== undefined, verifyHostname: false, ...material };
    case 'verify-ca':
      return { verifyChain: true, verifyHostname: false, ...material };
    case 'verify-full':
      return { verifyChain: true, verifyHostname: true, ...material };
  }
}
