/**
 * How this browser can take delivery notifications: `push` (Web Push), `home-screen` (an iPhone
 * or iPad, iOS 16.4 or later, in the browser rather than from the Home Screen: Web Push works
 * only in home-screen web apps there), or `undefined` (not at all).
 */
export function pushSupport(): 'push' | 'home-screen' | undefined {
  const agent = navigator.userAgent
  // iPadOS asks for desktop sites as a Mac; a Mac has no touch screen.
  const ios =
    /iP(hone|ad|od)/.test(agent) || (/Macintosh/.test(agent) && navigator.maxTouchPoints > 1)
  if (ios) {
    const standalone =
      (navigator as { standalone?: boolean }).standalone === true ||
      matchMedia('(display-mode: standalone)').matches
    // "OS 17_0" on iPhones, "Version/17.0" in desktop mode; older systems cannot do it at all.
    const version = /(?:OS |Version\/)(\d+)[._](\d+)/.exec(agent)
    const [major, minor] = [Number(version?.[1] ?? 0), Number(version?.[2] ?? 0)]
    if (!standalone) return major > 16 || (major === 16 && minor >= 4) ? 'home-screen' : undefined
  }
  return 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window
    ? 'push'
    : undefined
}
