// Opens signed-in browser sessions on Incentives Workbench with Chromium through playwright-core:
// each session is its own browser context (own cookies, so its own HTTP and Vaadin session), signs
// in and opens a page, then stays open until stdin closes. Used by bench/heap.sh (heap per session)
// and bench/signin.sh (sign-in to a settled home page).
//
//   node bench/sessions.cjs <baseUrl> <count> <path> [user] [password]
// Prints "READY <count>" once every session shows the page, with each sign-in's time in ms.
const { chromium } = require(process.env.PLAYWRIGHT_CORE || 'playwright-core');

const [baseUrl, countArg, path, user = 'alex', password = 'coop-demo-2027'] = process.argv.slice(2);
const count = Number(countArg);

/** Waits until the page has a Vaadin client and none of its clients has a request in flight. */
async function settled(page) {
    await page.waitForFunction(() => {
        const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
        if (!clients || Object.keys(clients).length === 0) return false;
        return Object.values(clients).every(c => !c.isActive || !c.isActive());
    }, null, { timeout: 120000, polling: 50 });
}

async function signIn(browser) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(baseUrl + 'login');
    await page.locator('#login-form input[name="username"]').fill(user);
    await page.locator('#login-form input[name="password"]').fill(password);
    await settled(page);
    const t0 = Date.now();
    await page.locator('#login-form vaadin-button').first().click();
    await page.waitForURL(url => !url.pathname.endsWith('/login'), { timeout: 120000 });
    await settled(page);
    const signInMs = Date.now() - t0;
    if (path) {
        await page.goto(baseUrl + path);
        await settled(page);
    }
    return { context, page, signInMs };
}

(async () => {
    const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-dev-shm-usage'],
    });
    const sessions = [];
    for (let i = 0; i < count; i++) {
        sessions.push(await signIn(browser));
    }
    console.log('READY ' + sessions.length + ' sign-in ms: ' + sessions.map(s => s.signInMs).join(' '));
    // keep the sessions (and their heartbeats) alive until told to stop
    process.stdin.resume();
    await new Promise(resolve => process.stdin.on('end', resolve));
    await browser.close();
})().catch(e => { console.error(e); process.exit(1); });
