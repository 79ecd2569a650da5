import AsyncHTTPClient
import Foundation
import KechuangTestSupport
import Vapor

/// A configured application serving real HTTP on a loopback port the kernel chose, for tests that
/// need a socket: several nodes on one database, a browser.
///
///     let server = try await LiveServer.start(app)
///     … server.baseURL …
///     await server.shutdown()      // always, before app.asyncShutdown()
public struct LiveServer: Sendable {
    public let app: Application
    public let port: Int

    /// e.g. `http://127.0.0.1:41234`
    public var baseURL: String { "http://127.0.0.1:\(port)" }

    public static func start(_ app: Application) async throws -> LiveServer {
        try await app.server.start(address: .hostname("127.0.0.1", port: 0))
        guard let port = app.http.server.shared.localAddress?.port else {
            await app.server.shutdown()
            throw TestSetupError("the HTTP server started but reports no local port")
        }
        return LiveServer(app: app, port: port)
    }

    public func shutdown() async {
        await app.server.shutdown()
    }
}

/// A real HTTP/1.1 client (AsyncHTTPClient) that does not follow redirects and keeps no cookies:
/// tests see every 303 and decide themselves which cookies to send where.
public final class LiveHTTPClient: Sendable {
    private let client: HTTPClient

    public init() {
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .disallow
        configuration.timeout = .init(connect: .seconds(10), read: .seconds(60))
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    /// Must be called once the client is no longer needed.
    public func shutdown() async throws {
        try await client.shutdown()
    }

    public struct Response: Sendable {
        public let status: HTTPResponseStatus
        public let headers: HTTPHeaders
        public let body: String

        /// The value of `Location`, if any.
        public var location: String? { headers.first(name: .location) }

        /// Cookies set by this response (`Set-Cookie`), name → value; a cleared cookie has an empty value.
        public var setCookies: [String: String] {
            var result: [String: String] = [:]
            for line in headers[.setCookie] {
                let pair = line.split(separator: ";", maxSplits: 1).first.map(String.init) ?? ""
                guard let equals = pair.firstIndex(of: "=") else { continue }
                let name = pair[..<equals].trimmingCharacters(in: .whitespaces)
                result[name] = String(pair[pair.index(after: equals)...]).trimmingCharacters(in: .whitespaces)
            }
            return result
        }

        /// The `value` of the first `<input … name="NAME" … value="…">` on the page (e.g. `_csrf`).
        public func hiddenField(_ name: String) -> String? {
            let pattern = #"<input[^>]*\bname="\#(NSRegularExpression.escapedPattern(for: name))"[^>]*\bvalue="([^"]*)""#
            guard let regex = try? NSRegularExpression(pattern: pattern),
                  let match = regex.firstMatch(in: body, range: NSRange(body.startIndex..., in: body)),
                  let range = Range(match.range(at: 1), in: body)
            else { return nil }
            return String(body[range])
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
                .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
        }
    }

    /// Sends a request to `url` with the given cookies; `form` is sent `application/x-www-form-urlencoded`.
    public func send(
        _ method: HTTPMethod, _ url: String, cookies: [String: String] = [:], form: [(String, String)]? = nil
    ) async throws -> Response {
        var headers = HTTPHeaders()
        if !cookies.isEmpty {
            headers.add(name: .cookie, value: cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        }
        var body: HTTPClient.Body?
        if let form {
            headers.add(name: .contentType, value: "application/x-www-form-urlencoded")
            body = .string(Self.formEncode(form))
        }
        let request = try HTTPClient.Request(url: url, method: method, headers: headers, body: body)
        let response = try await client.execute(request: request).get()
        let text = response.body.map { String(buffer: $0) } ?? ""
        return Response(status: response.status, headers: response.headers, body: text)
    }

    /// Sends `body` as is with `contentType` (e.g. a multipart upload), with the given cookies.
    public func send(
        _ method: HTTPMethod, _ url: String, cookies: [String: String] = [:], contentType: String, body: Data
    ) async throws -> Response {
        var headers = HTTPHeaders()
        if !cookies.isEmpty {
            headers.add(name: .cookie, value: cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        }
        headers.add(name: .contentType, value: contentType)
        let request = try HTTPClient.Request(url: url, method: method, headers: headers, body: .data(body))
        let response = try await client.execute(request: request).get()
        let text = response.body.map { String(buffer: $0) } ?? ""
        return Response(status: response.status, headers: response.headers, body: text)
    }

    /// `application/x-www-form-urlencoded`, percent-encoding everything but ASCII letters, digits and `-._*`.
    public static func formEncode(_ fields: [(String, String)]) -> String {
        let unreserved = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._*".utf8)
        func encode(_ text: String) -> String {
            var out = ""
            for byte in text.utf8 {
                if unreserved.contains(byte) { out.append(Character(Unicode.Scalar(byte))) }
                else if byte == UInt8(ascii: " ") { out.append("+") }
                else { out += String(format: "%%%02X", byte) }
            }
            return out
        }
        return fields.map { "\(encode($0.0))=\(encode($0.1))" }.joined(separator: "&")
    }
}
