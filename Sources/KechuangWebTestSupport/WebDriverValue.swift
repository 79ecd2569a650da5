// A small W3C WebDriver client for browser tests (headless Chromium through chromedriver): the
// wire values and errors (this file), the HTTP exchange (`WebDriverHTTP`), the driver process
// (`ChromeDriverProcess`) and a browser session (`WebDriverSession`).
//
//     let driver = try await ChromeDriverProcess.start(chromedriverPath: path, port: try ChromeDriverProcess.freeLoopbackPort())
//     defer { driver.terminate() }
//     let browser = try await WebDriverSession.create(driverURL: driver.url, chromeBinary: chrome)
//     try await browser.navigate(to: "http://127.0.0.1:8080/")
//     let field = try await browser.findElement(css: "input[name=q]")
//     try await browser.sendKeys(field, "科创")
//     try await browser.click(try await browser.findElement(css: "button[type=submit]"))
//     try await browser.delete()

import Foundation

// MARK: - Errors

/// An error reported by the WebDriver server (its `value.error` / `value.message`), or a client-side
/// failure (`error` is then one of "transport", "protocol", "timeout", "process").
public struct WebDriverError: Error, CustomStringConvertible, Sendable {
    /// The W3C error code, e.g. "no such element", "stale element reference", "invalid argument";
    /// or "transport", "protocol", "timeout", "process" for failures on this side.
    public var error: String
    public var message: String
    /// HTTP status of the driver's answer, when there was one.
    public var httpStatus: Int?
    /// The command that failed, e.g. "POST /session/…/element".
    public var command: String?

    public init(error: String, message: String, httpStatus: Int? = nil, command: String? = nil) {
        self.error = error
        self.message = message
        self.httpStatus = httpStatus
        self.command = command
    }

    public var isNoSuchElement: Bool { error == "no such element" }

    public var description: String {
        var text = "WebDriverError(\(error)): \(message)"
        if let command { text += " [\(command)" + (httpStatus.map { " -> HTTP \($0)" } ?? "") + "]" }
        return text
    }
}

// MARK: - JSON values

/// A JSON value as sent to and received from the driver.
public enum WebDriverValue: Sendable, Equatable, Codable, CustomStringConvertible {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([WebDriverValue])
    case object([String: WebDriverValue])

    /// The W3C web element identifier key (WebDriver spec, "web element identifier").
    public static let elementKey = "element-6066-11e4-a52e-4f735466cecf"

    /// A web element reference, for passing an element to `executeScript`.
    public static func element(_ id: String) -> WebDriverValue { .object([elementKey: .string(id)]) }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([WebDriverValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: WebDriverValue].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    public subscript(key: String) -> WebDriverValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    public var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    public var numberValue: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    public var arrayValue: [WebDriverValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    public var isNull: Bool { self == .null }

    /// The element id if this value is a web element reference.
    public var elementID: String? {
        self[Self.elementKey]?.stringValue ?? self["ELEMENT"]?.stringValue
    }

    public var description: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(self), let text = String(data: data, encoding: .utf8) else { return "?" }
        return text
    }
}

/// Special keys for `sendKeys` (W3C "Keyboard actions" code points).
public enum WebDriverKey {
    public static let backspace = "\u{E003}"
    public static let tab = "\u{E004}"
    public static let enter = "\u{E007}"
    public static let shift = "\u{E008}"
    public static let control = "\u{E009}"
    public static let escape = "\u{E00C}"
    public static let arrowLeft = "\u{E012}"
    public static let arrowUp = "\u{E013}"
    public static let arrowRight = "\u{E014}"
    public static let arrowDown = "\u{E015}"
}
