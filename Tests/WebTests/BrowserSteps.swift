import Foundation
import KechuangTestSupport
import KechuangWebTestSupport
import Testing
@testable import Web

/// Steps every browser journey takes: signing in and out, reading the page's heading and notices,
/// waiting for a path, saving a screenshot.
extension WebDriverSession {
    func signIn(base: String, email: String) async throws {
        try await navigate(to: base + "/login")
        try await sendKeys(findElement(css: "#field-email"), email)
        try await sendKeys(findElement(css: "#field-password"), TestApp.password)
        try await click(findElement(css: "main form button[type=submit]"))
        try await waitForPath("/dashboard")
    }

    func signOut() async throws {
        try await click(findElement(css: "header .account form button[type=submit]"))
        try await waitForPath("/")
        #expect(try await noticeTexts().contains(Msg.signedOut(.zh)))
        #expect(try await findElements(css: "header .account form").isEmpty)
    }

    func noticeTexts() async throws -> [String] {
        var texts: [String] = []
        for element in try await findElements(css: "main .notice") { texts.append(try await text(element)) }
        return texts
    }

    func heading() async throws -> String {
        try await text(findElement(css: "main h1"))
    }

    func waitForPath(_ path: String) async throws {
        try await wait(timeout: 15, "the browser to reach \(path)") {
            guard let current = try? await self.currentURL() else { return false }
            return URLComponents(string: current)?.path == path
        }
    }

    func screenshot(to file: URL) async throws {
        let png = try await screenshotPNG()
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        try png.write(to: file)
    }
}
