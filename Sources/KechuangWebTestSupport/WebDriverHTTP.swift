import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// The driver's protocol: one JSON command, one JSON answer, over AsyncHTTPClient's shared client.
/// (chromedriver writes header lines such as `Content-Length:250`, without a space after the colon;
/// NIO's parser reads them, FoundationNetworking's URLSession on Linux does not.)
enum WebDriverHTTP {
    /// Answers larger than this are refused (a screenshot of the viewport is well under it).
    static let maximumAnswer = 64 << 20

    /// Sends one command and returns the response's `value`, throwing the driver's error if it reported one.
    static func execute(
        base: URL, method: String, path: String, body: WebDriverValue?, timeout: TimeInterval = 120
    ) async throws -> WebDriverValue {
        let commandName = "\(method) \(path)"
        var prefix = base.absoluteString
        while prefix.hasSuffix("/") { prefix.removeLast() }
        var request = HTTPClientRequest(url: prefix + path)
        request.method = HTTPMethod(rawValue: method)
        request.headers.add(name: "Accept", value: "application/json")
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json; charset=utf-8")
            request.body = .bytes(ByteBuffer(bytes: try JSONEncoder().encode(body)))
        }

        let status: Int
        let data: Data
        do {
            let response = try await HTTPClient.shared.execute(request, timeout: .milliseconds(Int64(timeout * 1000)))
            status = Int(response.status.code)
            let buffer = try await response.body.collect(upTo: maximumAnswer)
            data = Data(buffer.readableBytesView)
        } catch {
            throw WebDriverError(error: "transport", message: String(describing: error), command: commandName)
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

    /// A GET whose answer does not matter, waiting for it on the calling thread: for
    /// `ChromeDriverProcess.terminate()`, which also runs from `deinit`.
    static func getBlocking(_ url: URL, timeout: TimeInterval) {
        _ = try? HTTPClient.shared.get(url: url.absoluteString, deadline: .now() + .milliseconds(Int64(timeout * 1000))).wait()
    }
}
