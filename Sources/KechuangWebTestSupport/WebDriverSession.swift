import Foundation

/// One browser session. All methods talk to the driver over HTTP; the struct itself is just two values.
public struct WebDriverSession: Sendable {
    public let driverURL: URL
    public let sessionID: String

    public init(driverURL: URL, sessionID: String) {
        self.driverURL = driverURL
        self.sessionID = sessionID
    }

    /// Opens a new Chrome/Chromium session.
    /// - Parameters:
    ///   - chromeBinary: sets `goog:chromeOptions.binary` when not nil (e.g. /usr/bin/chromium).
    ///   - headless: adds `--headless=new`.
    ///   - windowSize: `--window-size=W,H`.
    ///   - acceptLanguage: the browser's Accept-Language (Chrome pref `intl.accept_languages`), e.g. "zh-CN,zh".
    ///   - extraArguments: more Chrome command-line switches.
    public static func create(
        driverURL: URL,
        chromeBinary: String?,
        headless: Bool = true,
        windowSize: (Int, Int) = (1280, 900),
        acceptLanguage: String? = nil,
        extraArguments: [String] = []
    ) async throws -> WebDriverSession {
        var arguments: [String] = []
        if headless { arguments.append("--headless=new") }
        arguments += [
            "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--window-size=\(windowSize.0),\(windowSize.1)",
            "--no-first-run", "--no-default-browser-check", "--disable-extensions",
        ]
        if let acceptLanguage, let first = acceptLanguage.split(separator: ",").first {
            arguments.append("--lang=\(first)")
        }
        arguments += extraArguments

        var chromeOptions: [String: WebDriverValue] = ["args": .array(arguments.map { .string($0) })]
        if let chromeBinary { chromeOptions["binary"] = .string(chromeBinary) }
        if let acceptLanguage {
            chromeOptions["prefs"] = .object(["intl.accept_languages": .string(acceptLanguage)])
        }
        let capabilities: WebDriverValue = .object([
            "capabilities": .object([
                "alwaysMatch": .object([
                    "browserName": .string("chrome"),
                    "pageLoadStrategy": .string("normal"),
                    "goog:chromeOptions": .object(chromeOptions),
                ])
            ])
        ])
        let value = try await WebDriverHTTP.execute(
            base: driverURL, method: "POST", path: "/session", body: capabilities, timeout: 120)
        guard let id = value["sessionId"]?.stringValue else {
            throw WebDriverError(error: "protocol", message: "new session answer has no sessionId: \(value)")
        }
        return WebDriverSession(driverURL: driverURL, sessionID: id)
    }

    /// Sends any command under this session, e.g. `command("POST", "/back", .object([:]))`.
    @discardableResult
    public func command(_ method: String, _ path: String, _ body: WebDriverValue? = nil) async throws -> WebDriverValue {
        try await WebDriverHTTP.execute(
            base: driverURL, method: method, path: "/session/\(sessionID)\(path)",
            body: body ?? (method == "POST" ? .object([:]) : nil))
    }

    private func elementID(from value: WebDriverValue) throws -> String {
        guard let id = value.elementID else {
            throw WebDriverError(error: "protocol", message: "not an element reference: \(value)")
        }
        return id
    }

    // MARK: Navigation

    public func navigate(to url: String) async throws {
        try await command("POST", "/url", .object(["url": .string(url)]))
    }

    public func currentURL() async throws -> String {
        try await command("GET", "/url").stringValue ?? ""
    }

    public func title() async throws -> String {
        try await command("GET", "/title").stringValue ?? ""
    }

    public func pageSource() async throws -> String {
        try await command("GET", "/source").stringValue ?? ""
    }

    public func back() async throws { try await command("POST", "/back") }

    public func refresh() async throws { try await command("POST", "/refresh") }

    /// Sets the outer window size (useful to check narrow layouts).
    public func setWindowSize(width: Int, height: Int) async throws {
        try await command(
            "POST", "/window/rect", .object(["width": .number(Double(width)), "height": .number(Double(height))]))
    }

    /// Makes the page's viewport `width` × `height` CSS pixels whatever the window (Chromium windows
    /// are at least 500 px wide), through the DevTools command `Emulation.setDeviceMetricsOverride`;
    /// `nil` ends the override.
    public func emulateViewport(width: Int?, height: Int = 844) async throws {
        if let width {
            try await command("POST", "/goog/cdp/execute", .object([
                "cmd": .string("Emulation.setDeviceMetricsOverride"),
                "params": .object(["width": .number(Double(width)), "height": .number(Double(height)),
                                   "deviceScaleFactor": .number(1), "mobile": .bool(false)]),
            ]))
        } else {
            try await command("POST", "/goog/cdp/execute", .object([
                "cmd": .string("Emulation.clearDeviceMetricsOverride"), "params": .object([:]),
            ]))
        }
    }

    public func deleteAllCookies() async throws { try await command("DELETE", "/cookie") }

    // MARK: Elements

    /// The first element matching `css`; throws WebDriverError "no such element" when there is none.
    public func findElement(css: String) async throws -> String {
        try elementID(from: await command(
            "POST", "/element", .object(["using": .string("css selector"), "value": .string(css)])))
    }

    /// All elements matching `css` (possibly none).
    public func findElements(css: String) async throws -> [String] {
        let value = try await command(
            "POST", "/elements", .object(["using": .string("css selector"), "value": .string(css)]))
        return try (value.arrayValue ?? []).map(elementID(from:))
    }

    /// The first element matching `css` inside `parent`.
    public func findElement(css: String, in parent: String) async throws -> String {
        try elementID(from: await command(
            "POST", "/element/\(parent)/element",
            .object(["using": .string("css selector"), "value": .string(css)])))
    }

    /// Polls until an element matching `css` exists, or throws a "timeout" WebDriverError.
    public func waitForElement(css: String, timeout: TimeInterval = 10) async throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            do {
                return try await findElement(css: css)
            } catch let error as WebDriverError where error.isNoSuchElement {
                if Date() > deadline {
                    throw WebDriverError(error: "timeout", message: "no element matched \(css) within \(timeout)s")
                }
                try await sleepMilliseconds(100)
            }
        }
    }

    /// Polls `condition` until it returns true, or throws a "timeout" WebDriverError.
    public func wait(
        timeout: TimeInterval = 10, _ what: String = "condition", until condition: @Sendable () async throws -> Bool
    ) async throws {
        let deadline = Date().addingTimeInterval(timeout)
        while try await !condition() {
            if Date() > deadline {
                throw WebDriverError(error: "timeout", message: "\(what) not met within \(timeout)s")
            }
            try await sleepMilliseconds(100)
        }
    }

    public func click(_ element: String) async throws {
        try await command("POST", "/element/\(element)/click")
    }

    public func clear(_ element: String) async throws {
        try await command("POST", "/element/\(element)/clear")
    }

    /// Types `text` into the element (use `WebDriverKey` for Enter, Tab, ...).
    public func sendKeys(_ element: String, _ text: String) async throws {
        try await command("POST", "/element/\(element)/value", .object(["text": .string(text)]))
    }

    /// The element's rendered (visible) text.
    public func text(_ element: String) async throws -> String {
        try await command("GET", "/element/\(element)/text").stringValue ?? ""
    }

    /// The attribute's value, or nil if the element has no such attribute.
    /// (chromedriver returns the current value of a form field for "value".)
    public func attribute(_ element: String, _ name: String) async throws -> String? {
        let value = try await command("GET", "/element/\(element)/attribute/\(name)")
        switch value {
        case .null: return nil
        case .string(let text): return text
        case .bool(let flag): return flag ? "true" : nil
        case .number(let number): return String(number)
        default: return value.description
        }
    }

    /// A DOM property (e.g. "value", "checked", "validity").
    public func property(_ element: String, _ name: String) async throws -> WebDriverValue {
        try await command("GET", "/element/\(element)/property/\(name)")
    }

    public func isDisplayed(_ element: String) async throws -> Bool {
        try await command("GET", "/element/\(element)/displayed").boolValue ?? false
    }

    public func isEnabled(_ element: String) async throws -> Bool {
        try await command("GET", "/element/\(element)/enabled").boolValue ?? false
    }

    /// The element that has focus (document.activeElement).
    public func activeElementID() async throws -> String {
        try elementID(from: await command("GET", "/element/active"))
    }

    // MARK: Scripts and screenshots

    /// Runs `script` as the body of a function (use `return ...` and `arguments[i]`); pass elements as
    /// `.element(id)`. Returns the JSON result.
    @discardableResult
    public func executeScript(_ script: String, _ arguments: [WebDriverValue] = []) async throws -> WebDriverValue {
        try await command("POST", "/execute/sync", .object(["script": .string(script), "args": .array(arguments)]))
    }

    /// A PNG of the viewport.
    public func screenshotPNG() async throws -> Data {
        let value = try await command("GET", "/screenshot")
        guard let base64 = value.stringValue, let data = Data(base64Encoded: base64) else {
            throw WebDriverError(error: "protocol", message: "screenshot answer is not base64")
        }
        return data
    }

    /// Ends the session and closes the browser.
    public func delete() async throws {
        try await command("DELETE", "")
    }
}
