// Debian's Chromium, as every browser test and benchmark launches it. The flags keep it off
// the network (this machine has none to offer; without them Chromium keeps trying).
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
