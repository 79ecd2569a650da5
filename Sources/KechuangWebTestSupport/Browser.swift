import Foundation
import Vapor

/// Serves `app` on a loopback port and drives it in headless Chromium, set to Chinese as most of
/// the platform's users are: `body(browser, baseURL)`. On failure the page's screenshot and source
/// are saved as `<failureName>.png` / `.html` in `artifacts`; browser, driver and server always stop.
public func withBrowser(
    _ app: Application, chromedriver: String, chrome: String?, artifacts: URL, failureName: String,
    _ body: (WebDriverSession, String) async throws -> Void
) async throws {
    let server = try await LiveServer.start(app)
    var driver: ChromeDriverProcess?
    var browser: WebDriverSession?
    do {
        let started = try await ChromeDriverProcess.start(chromedriverPath: chromedriver, port: try ChromeDriverProcess.freeLoopbackPort())
        driver = started
        let session = try await WebDriverSession.create(
            driverURL: started.url, chromeBinary: chrome, windowSize: (1280, 1000), acceptLanguage: "zh-CN,zh")
        browser = session
        try await body(session, server.baseURL)
        try await session.delete()
        browser = nil
        started.terminate()
        await server.shutdown()
    } catch {
        if let browser {
            if let png = try? await browser.screenshotPNG() {
                try? png.write(to: artifacts.appendingPathComponent("\(failureName).png"))
            }
            if let html = try? await browser.pageSource() {
                try? Data(html.utf8).write(to: artifacts.appendingPathComponent("\(failureName).html"))
            }
            try? await browser.delete()
        }
        driver?.terminate()
        await server.shutdown()
        throw error
    }
}
