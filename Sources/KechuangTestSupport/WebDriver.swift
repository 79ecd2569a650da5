// A small W3C WebDriver client for browser tests (headless Chromium through chromedriver).
//
// Only Foundation and the C library are used, so the file also compiles on its own with `swiftc`.
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
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

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

// MARK: - HTTP transport

// chromedriver answers with header lines such as `Content-Length:250` (no space after the colon).
// FoundationNetworking's URLSession on Linux (Swift 6.3) rejects those ("Failed writing header"), so this
// client speaks the little HTTP/1.1 it needs over a plain TCP socket instead. The driver is always local.

enum WebDriverHTTP {
    /// Sends one command and returns the response's `value`, throwing the driver's error if it reported one.
    static func execute(
        base: URL, method: String, path: String, body: WebDriverValue?, timeout: TimeInterval = 120
    ) async throws -> WebDriverValue {
        let commandName = "\(method) \(path)"
        guard let host = base.host else {
            throw WebDriverError(error: "protocol", message: "driver URL has no host: \(base)", command: commandName)
        }
        let port = base.port ?? 80
        var prefix = base.path
        while prefix.hasSuffix("/") { prefix.removeLast() }
        let target = prefix + path
        let payload = try body.map { try JSONEncoder().encode($0) }

        let (status, data): (Int, Data)
        do {
            (status, data) = try await onBlockingThread {
                try HTTPExchange.perform(
                    host: host, port: port, method: method, target: target, body: payload, timeout: timeout)
            }
        } catch let error as HTTPExchange.Failure {
            throw WebDriverError(error: "transport", message: error.message, command: commandName)
        }

        let decoded: WebDriverValue
        do {
            decoded = try JSONDecoder().decode(WebDriverValue.self, from: data)
        } catch {
            let snippet = String(decoding: data.prefix(300), as: UTF8.self)
            throw WebDriverError(
                error: "protocol", message: "answer is not JSON: \(snippet)", httpStatus: status, command: commandName)
        }
        let value = decoded["value"] ?? .null
        if let code = value["error"]?.stringValue {
            throw WebDriverError(
                error: code, message: value["message"]?.stringValue ?? code, httpStatus: status, command: commandName)
        }
        guard (200..<300).contains(status) else {
            throw WebDriverError(
                error: "protocol", message: "HTTP \(status): \(decoded)", httpStatus: status, command: commandName)
        }
        return value
    }

    /// Runs blocking socket I/O on a Dispatch thread, keeping Swift's cooperative pool free.
    private static func onBlockingThread<T: Sendable>(
        _ work: @escaping @Sendable () throws -> T
    ) async throws -> T {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try work() })
            }
        }
    }
}

/// One blocking HTTP/1.1 request/response on a fresh connection (`Connection: close`).
enum HTTPExchange {
    struct Failure: Error { var message: String }

    static func perform(
        host: String, port: Int, method: String, target: String, body: Data?, timeout: TimeInterval
    ) throws -> (Int, Data) {
        let fd = try connect(host: host, port: port, timeout: timeout)
        defer { close(fd) }

        var head = "\(method) \(target.isEmpty ? "/" : target) HTTP/1.1\r\n"
        head += "Host: \(host.contains(":") ? "[\(host)]" : host):\(port)\r\n"
        head += "Accept: application/json\r\nConnection: close\r\n"
        if let body {
            head += "Content-Type: application/json; charset=utf-8\r\nContent-Length: \(body.count)\r\n"
        } else if method == "POST" || method == "PUT" {
            head += "Content-Length: 0\r\n"
        }
        head += "\r\n"
        var request = Data(head.utf8)
        if let body { request.append(body) }
        try sendAll(fd, request)

        // Read the head.
        var buffer = Data()
        let separator = Data("\r\n\r\n".utf8)
        var headEnd: Range<Data.Index>?
        while headEnd == nil {
            guard try receive(fd, into: &buffer) else {
                throw Failure(message: "connection closed before the response head (\(buffer.count) bytes)")
            }
            headEnd = buffer.range(of: separator)
        }
        let headText = String(decoding: buffer[buffer.startIndex..<headEnd!.lowerBound], as: UTF8.self)
        var bodyData = Data(buffer[headEnd!.upperBound...])

        var lines = headText.components(separatedBy: "\r\n")
        let statusLine = lines.removeFirst().split(separator: " ")
        guard statusLine.count >= 2, statusLine[0].hasPrefix("HTTP/"), let status = Int(statusLine[1]) else {
            throw Failure(message: "bad status line: \(headText.prefix(100))")
        }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            headers[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }

        if let lengthText = headers["content-length"], let length = Int(lengthText) {
            while bodyData.count < length {
                guard try receive(fd, into: &bodyData) else {
                    throw Failure(message: "connection closed after \(bodyData.count) of \(length) body bytes")
                }
            }
            return (status, Data(bodyData.prefix(length)))
        }
        while try receive(fd, into: &bodyData) {}
        if headers["transfer-encoding"]?.lowercased().contains("chunked") == true {
            return (status, try dechunk(bodyData))
        }
        return (status, bodyData)
    }

    private static func connect(host: String, port: Int, timeout: TimeInterval) throws -> Int32 {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc) || canImport(Musl)
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
        hints.ai_socktype = SOCK_STREAM
        #endif
        var list: UnsafeMutablePointer<addrinfo>?
        let rc = getaddrinfo(host, String(port), &hints, &list)
        guard rc == 0, let first = list else {
            throw Failure(message: "cannot resolve \(host): \(String(cString: gai_strerror(rc)))")
        }
        defer { freeaddrinfo(list) }

        var lastError: Int32 = 0
        var cursor: UnsafeMutablePointer<addrinfo>? = first
        while let info = cursor {
            cursor = info.pointee.ai_next
            let fd = socket(info.pointee.ai_family, info.pointee.ai_socktype, info.pointee.ai_protocol)
            if fd < 0 { lastError = errno; continue }
            var seconds = timeval()
            seconds.tv_sec = .init(Int(timeout))
            seconds.tv_usec = .init(Int((timeout - Double(Int(timeout))) * 1_000_000))
            _ = setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &seconds, socklen_t(MemoryLayout<timeval>.size))
            _ = setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &seconds, socklen_t(MemoryLayout<timeval>.size))
            #if canImport(Darwin)
            var one: Int32 = 1
            _ = setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &one, socklen_t(MemoryLayout<Int32>.size))
            #endif
            if Foundation.connect(fd, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0 { return fd }
            lastError = errno
            close(fd)
        }
        throw Failure(message: "cannot connect to \(host):\(port): \(String(cString: strerror(lastError)))")
    }

    private static func sendAll(_ fd: Int32, _ data: Data) throws {
        #if os(Linux)
        let flags = Int32(MSG_NOSIGNAL)
        #else
        let flags: Int32 = 0
        #endif
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            guard let base = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count {
                let sent = send(fd, base + offset, raw.count - offset, flags)
                if sent < 0 {
                    if errno == EINTR { continue }
                    throw Failure(message: "send failed: \(String(cString: strerror(errno)))")
                }
                offset += sent
            }
        }
    }

    /// Appends what arrives to `data`; false at end of stream.
    private static func receive(_ fd: Int32, into data: inout Data) throws -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count > 0 {
                data.append(contentsOf: chunk[0..<count])
                return true
            }
            if count == 0 { return false }
            if errno == EINTR { continue }
            if errno == EAGAIN || errno == EWOULDBLOCK {
                throw Failure(message: "timed out waiting for the driver")
            }
            throw Failure(message: "recv failed: \(String(cString: strerror(errno)))")
        }
    }

    private static func dechunk(_ data: Data) throws -> Data {
        var result = Data()
        var index = data.startIndex
        let crlf = Data("\r\n".utf8)
        while true {
            guard let lineEnd = data.range(of: crlf, in: index..<data.endIndex) else {
                throw Failure(message: "bad chunked body")
            }
            let sizeText = String(decoding: data[index..<lineEnd.lowerBound], as: UTF8.self)
                .split(separator: ";").first.map(String.init) ?? ""
            guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16) else {
                throw Failure(message: "bad chunk size \(sizeText)")
            }
            if size == 0 { return result }
            let start = lineEnd.upperBound
            guard data.distance(from: start, to: data.endIndex) >= size else {
                throw Failure(message: "truncated chunk")
            }
            let end = data.index(start, offsetBy: size)
            result.append(data[start..<end])
            index = data.index(end, offsetBy: 2, limitedBy: data.endIndex) ?? data.endIndex
        }
    }
}

private func sleepMilliseconds(_ milliseconds: UInt64) async throws {
    try await Task.sleep(nanoseconds: milliseconds * 1_000_000)
}

// MARK: - chromedriver process

/// A `chromedriver` child process. Start it with `start(chromedriverPath:port:)`, stop it with `terminate()`
/// (also called on deinit). Terminating also ends any browser processes it started.
public final class ChromeDriverProcess: @unchecked Sendable {
    // Mutable state (`terminated`) is guarded by `lock`; `process` is only touched under it after start.
    public let port: Int
    /// Base URL of the driver, e.g. http://127.0.0.1:9515
    public let url: URL
    /// Private temporary directory (TMPDIR of chromedriver and its browsers), removed by `terminate()`.
    public let temporaryDirectory: String
    private let process: Process
    private let outputPath: String
    private let lock = NSLock()
    private var terminated = false

    private init(port: Int, url: URL, process: Process, temporaryDirectory: String, outputPath: String) {
        self.port = port
        self.url = url
        self.process = process
        self.temporaryDirectory = temporaryDirectory
        self.outputPath = outputPath
    }

    deinit { terminate() }

    /// The pid of the chromedriver process.
    public var processIdentifier: Int32 { process.processIdentifier }

    /// Starts `chromedriver --port=PORT` and waits until `GET /status` says it is ready (usually well under a second).
    /// - Parameters:
    ///   - logPath: if set, chromedriver writes its verbose log there (`--log-path`).
    ///   - startupTimeout: seconds to wait for readiness.
    public static func start(
        chromedriverPath: String, port: Int, logPath: String? = nil, startupTimeout: TimeInterval = 30
    ) async throws -> ChromeDriverProcess {
        guard FileManager.default.isExecutableFile(atPath: chromedriverPath) else {
            throw WebDriverError(error: "process", message: "chromedriver is not an executable file: \(chromedriverPath)")
        }
        // Chromium leaves directories behind in TMPDIR (profiles of killed browsers, org.chromium.Chromium.*),
        // so chromedriver and its browsers get a private TMPDIR that terminate() removes.
        var base = NSTemporaryDirectory()
        if !base.hasSuffix("/") { base += "/" }
        let temporaryDirectory = base + "chromedriver-\(port)-\(UUID().uuidString.prefix(8))"
        let outputPath = temporaryDirectory + "/chromedriver.out"
        do {
            try FileManager.default.createDirectory(atPath: temporaryDirectory, withIntermediateDirectories: true)
        } catch {
            throw WebDriverError(error: "process", message: "cannot create \(temporaryDirectory): \(error)")
        }
        _ = FileManager.default.createFile(atPath: outputPath, contents: nil)
        guard let output = FileHandle(forWritingAtPath: outputPath) else {
            throw WebDriverError(error: "process", message: "cannot write \(outputPath)")
        }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromedriverPath)
        var arguments = ["--port=\(port)"]
        if let logPath { arguments.append("--log-path=\(logPath)") }
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["TMPDIR"] = temporaryDirectory
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = output
        do {
            try process.run()
        } catch {
            try? output.close()
            try? FileManager.default.removeItem(atPath: temporaryDirectory)
            throw WebDriverError(error: "process", message: "cannot start \(chromedriverPath): \(error)")
        }
        try? output.close()

        let url = URL(string: "http://127.0.0.1:\(port)")!
        let driver = ChromeDriverProcess(
            port: port, url: url, process: process, temporaryDirectory: temporaryDirectory, outputPath: outputPath)

        // Ready = our process still runs, says it started (if another chromedriver holds the port, /status
        // may answer from that one while ours is exiting), and /status reports ready.
        let started = Date()
        let deadline = started.addingTimeInterval(startupTimeout)
        while true {
            if !process.isRunning {
                let text = driver.output()
                driver.terminate()
                throw WebDriverError(
                    error: "process",
                    message: "chromedriver exited with status \(process.terminationStatus) before it was ready "
                        + "(port \(port) in use?): \(text)")
            }
            if let status = try? await WebDriverHTTP.execute(
                base: url, method: "GET", path: "/status", body: nil, timeout: 2),
                status["ready"]?.boolValue == true,
                driver.output().contains("started successfully") || Date().timeIntervalSince(started) > 3,
                process.isRunning
            {
                return driver
            }
            if Date() > deadline {
                let text = driver.output()
                driver.terminate()
                throw WebDriverError(
                    error: "timeout", message: "chromedriver not ready after \(startupTimeout)s: \(text)")
            }
            try await sleepMilliseconds(100)
        }
    }

    /// What chromedriver printed on stdout/stderr so far (last 2000 bytes).
    public func output() -> String {
        guard let data = FileManager.default.contents(atPath: outputPath) else { return "" }
        return String(decoding: data.suffix(2000), as: UTF8.self)
    }

    /// Stops chromedriver and every browser it started (also for sessions that were not deleted). Idempotent.
    ///
    /// A child started by `Process` from Swift concurrency threads inherits a signal mask that blocks SIGTERM,
    /// so chromedriver is asked to quit over HTTP (`/shutdown`), and whatever is left after a few seconds gets
    /// SIGKILL. Then the private TMPDIR (browser profiles and Chromium's leftovers) is removed.
    public func terminate() {
        lock.lock()
        defer { lock.unlock() }
        if terminated { return }
        terminated = true

        if process.isRunning {
            let pid = process.processIdentifier
            let children = Self.descendants(of: pid)
            _ = try? HTTPExchange.perform(
                host: "127.0.0.1", port: port, method: "GET", target: "/shutdown", body: nil, timeout: 3)
            Self.waitForExit(timeout: 3) { !self.process.isRunning }
            if process.isRunning { kill(pid, SIGKILL) }
            process.waitUntilExit()
            let survivors = children.filter { kill($0, 0) == 0 }
            if !survivors.isEmpty {
                Self.waitForExit(timeout: 2) { survivors.allSatisfy { kill($0, 0) != 0 || Self.isZombie($0) } }
                for child in survivors where kill(child, 0) == 0 { kill(child, SIGKILL) }
            }
        }
        try? FileManager.default.removeItem(atPath: temporaryDirectory)
    }

    private static func waitForExit(timeout: TimeInterval, _ done: () -> Bool) {
        let deadline = Date().addingTimeInterval(timeout)
        while !done() && Date() < deadline { usleep(20_000) }
    }

    private static func isZombie(_ pid: Int32) -> Bool {
        #if os(Linux)
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return true }
        return stat[stat.index(after: close)...].split(separator: " ").first == "Z"
        #else
        return false
        #endif
    }

    /// Pids of all descendants of `root` (Linux /proc; empty elsewhere).
    static func descendants(of root: Int32) -> [Int32] {
        #if os(Linux)
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
        var childrenByParent: [Int32: [Int32]] = [:]
        for entry in entries {
            guard let pid = Int32(entry),
                let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                let close = stat.lastIndex(of: ")")
            else { continue }
            // Fields after "pid (comm)": state ppid ...
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            guard fields.count > 1, let parent = Int32(fields[1]) else { continue }
            childrenByParent[parent, default: []].append(pid)
        }
        var result: [Int32] = []
        var queue = childrenByParent[root] ?? []
        while let pid = queue.popLast() {
            result.append(pid)
            queue.append(contentsOf: childrenByParent[pid] ?? [])
        }
        return result
        #else
        return []
        #endif
    }

    /// A TCP port on 127.0.0.1 that was free a moment ago (bind to port 0, read it back, close).
    public static func freeLoopbackPort() throws -> Int {
        #if canImport(Glibc) || canImport(Musl)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw WebDriverError(error: "process", message: "socket() failed: errno \(errno)") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0 else { throw WebDriverError(error: "process", message: "bind() failed: errno \(errno)") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard named == 0 else { throw WebDriverError(error: "process", message: "getsockname() failed: errno \(errno)") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

// MARK: - Session

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
