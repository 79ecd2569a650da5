import Foundation
import Vapor
import VaporTesting

/// In-process requests as a browser or an API client would send them: session cookie, the
/// double-submit CSRF cookie and field, form or JSON bodies, bearer tokens.
extension TestApp {
    /// Any value of 32+ characters works as a CSRF token, as long as cookie and field agree.
    public static let csrf = "test-csrf-token-0123456789abcdef0123456789"

    public enum Body {
        case form([String: String])
        case json(any Encodable & Sendable)
    }

    public func send(
        _ method: HTTPMethod, _ path: String, session: String? = nil, body: Body? = nil, bearer: String? = nil,
        headers extra: HTTPHeaders = [:], csrf: String? = TestApp.csrf
    ) async throws -> TestingHTTPResponse {
        var headers = extra
        var cookies: [String] = []
        if let session { cookies.append("kc_session=\(session)") }
        if let csrf { cookies.append("kc_csrf=\(csrf)") }
        if !cookies.isEmpty { headers.add(name: .cookie, value: cookies.joined(separator: "; ")) }
        if let bearer { headers.bearerAuthorization = BearerAuthorization(token: bearer) }
        var buffer: ByteBuffer?
        switch body {
        case .form(var fields)?:
            if let csrf, fields["_csrf"] == nil { fields["_csrf"] = csrf }
            headers.contentType = .urlEncodedForm
            buffer = ByteBuffer(string: Self.urlEncode(fields))
        case .json(let value)?:
            headers.contentType = .json
            buffer = ByteBuffer(data: try JSONEncoder().encode(value))
        case nil:
            if method == .POST, let csrf {
                headers.contentType = .urlEncodedForm
                buffer = ByteBuffer(string: Self.urlEncode(["_csrf": csrf]))
            }
        }
        return try await app.testing().sendRequest(method, path, headers: headers, body: buffer)
    }

    public static func urlEncode(_ fields: [String: String]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return fields.sorted { $0.key < $1.key }.map { key, value in
            "\(key.addingPercentEncoding(withAllowedCharacters: allowed) ?? key)=\(value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value)"
        }.joined(separator: "&")
    }
}

extension TestingHTTPResponse {
    public var text: String { body.getString(at: body.readerIndex, length: body.readableBytes) ?? "" }

    public func json() throws -> [String: Any] {
        (try JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
    }
}
