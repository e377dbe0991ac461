import { chromiumPath } from './chromium.mjs';

if (!chromiumPath) {
  console.error(
    'No usable Chromium found for the end-to-end tests.\n' +
      "Install Debian's packages:  sudo apt-get update && sudo apt-get install -y chromium chromium-headless-shell\n" +
      'or point CHROMIUM_PATH at a Chromium/Chrome binary.',
  );
  process.exit(1);
}
