// Debian's Chromium under Playwright, set up for WebRTC on loopback with fake media.
import { chromium, type Browser } from '@playwright/test';
import { binaries } from './environment';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: binaries.chromium,
    headless: false, // --headless=new below: the old headless mode has no WebAudio output clock
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      // In a lo-only namespace Chromium gathers no ICE candidates without this: calls "connect" silently.
      '--allow-loopback-in-peer-connection',
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
}
