import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

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
            WebDriverHTTP.getBlocking(url.appendingPathComponent("shutdown"), timeout: 3)
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

func sleepMilliseconds(_ milliseconds: UInt64) async throws {
    try await Task.sleep(nanoseconds: milliseconds * 1_000_000)
}
