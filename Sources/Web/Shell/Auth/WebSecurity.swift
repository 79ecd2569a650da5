import Foundation
import KechuangCore
import Metrics
import Vapor

/// The web layer's security settings, from configuration only — never from what a client sends.
///
/// | Variable | Meaning | Default |
/// |---|---|---|
/// | `KECHUANG_PUBLIC_URL` | the platform's public address; `https://…` makes cookies `Secure`, and problem `type` URIs absolute | unset (relative URIs) |
/// | `KECHUANG_SECURE_COOKIES` | `1`: cookies always `Secure` (also `serve --secure-cookies`) | off |
/// | `KECHUANG_TRUST_PROXY` | `1`: trust `X-Forwarded-Proto` and `X-Forwarded-For` from the reverse proxy | off |
/// | `KECHUANG_HSTS` | seconds for `Strict-Transport-Security: max-age=…` | unset (no header) |
/// | `KECHUANG_API_RATE_LIMIT` | API requests per minute per token; `0` or `off` disables | 3000 |
/// | `KECHUANG_API_ADDRESS_RATE_LIMIT` | API requests per minute per client address; `0` or `off` disables | 6000 |
public struct WebSecurity: Sendable {
    public var publicURL: String?
    public var secureCookies: Bool
    public var trustProxy: Bool
    public var hstsMaxAge: Int?
    /// API requests per minute per token (nil: no limit).
    public var apiRequestsPerMinutePerToken: Int?
    /// API requests per minute per client address (nil: no limit).
    public var apiRequestsPerMinutePerAddress: Int?

    public init(publicURL: String? = nil, secureCookies: Bool = false, trustProxy: Bool = false, hstsMaxAge: Int? = nil,
                apiRequestsPerMinutePerToken: Int? = 3000, apiRequestsPerMinutePerAddress: Int? = 6000) {
        self.publicURL = publicURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        self.secureCookies = secureCookies || (publicURL?.lowercased().hasPrefix("https://") ?? false)
        self.trustProxy = trustProxy
        self.hstsMaxAge = hstsMaxAge
        self.apiRequestsPerMinutePerToken = apiRequestsPerMinutePerToken
        self.apiRequestsPerMinutePerAddress = apiRequestsPerMinutePerAddress
    }

    /// Reads the variables above; a value that cannot be read is an error naming the variable.
    public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) throws -> WebSecurity {
        func flag(_ name: String) throws -> Bool {
            switch env[name]?.trimmingCharacters(in: .whitespaces).lowercased() {
            case nil, "", "0", "false", "no", "off": return false
            case "1", "true", "yes", "on": return true
            case let other?: throw ConfigurationError("\(name)=\(other): use 1 or 0")
            }
        }
        func limit(_ name: String, default value: Int) throws -> Int? {
            guard let raw = env[name]?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return value }
            if raw.lowercased() == "off" || raw == "0" { return nil }
            guard let number = Int(raw), number > 0 else { throw ConfigurationError("\(name)=\(raw): a whole number of requests per minute, or off") }
            return number
        }
        var hsts: Int?
        if let raw = env["KECHUANG_HSTS"]?.trimmingCharacters(in: .whitespaces), !raw.isEmpty {
            let digits = raw.hasPrefix("max-age=") ? String(raw.dropFirst(8)) : raw
            guard let seconds = Int(digits), seconds >= 0 else { throw ConfigurationError("KECHUANG_HSTS=\(raw): seconds, e.g. 31536000") }
            hsts = seconds
        }
        let publicURL = env["KECHUANG_PUBLIC_URL"].flatMap { $0.isEmpty ? nil : $0 }
        if let publicURL, !(publicURL.hasPrefix("https://") || publicURL.hasPrefix("http://")) {
            throw ConfigurationError("KECHUANG_PUBLIC_URL=\(publicURL): an http:// or https:// address")
        }
        return WebSecurity(
            publicURL: publicURL, secureCookies: try flag("KECHUANG_SECURE_COOKIES"), trustProxy: try flag("KECHUANG_TRUST_PROXY"),
            hstsMaxAge: hsts,
            apiRequestsPerMinutePerToken: try limit("KECHUANG_API_RATE_LIMIT", default: 3000),
            apiRequestsPerMinutePerAddress: try limit("KECHUANG_API_ADDRESS_RATE_LIMIT", default: 6000))
    }
}

public struct ConfigurationError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}

struct WebSecurityKey: StorageKey {
    typealias Value = WebSecurity
}

struct RateLimiterKey: StorageKey {
    typealias Value = RateLimiter
}

extension Application {
    /// The security settings (defaults until `KechuangApp.configure` sets them).
    public var webSecurity: WebSecurity {
        get { storage[WebSecurityKey.self] ?? WebSecurity() }
        set { storage[WebSecurityKey.self] = newValue }
    }

    /// This node's API rate limiter (in memory: each node counts its own requests). Created by
    /// `Web.install`, before the server accepts requests.
    var rateLimiter: RateLimiter {
        if let limiter = storage[RateLimiterKey.self] { return limiter }
        let limiter = RateLimiter()
        storage[RateLimiterKey.self] = limiter
        return limiter
    }
}

extension Request {
    var security: WebSecurity { application.webSecurity }

    /// Whether cookies get `Secure`: by configuration, or — only when the proxy is trusted —
    /// because the proxy says the client used HTTPS. A client's own header never decides.
    var isSecure: Bool {
        if security.secureCookies || url.scheme == "https" { return true }
        return security.trustProxy && headers.first(name: "X-Forwarded-Proto")?.lowercased() == "https"
    }

    /// The client's address: the peer, or the first `X-Forwarded-For` entry when the proxy is trusted.
    var clientAddress: String {
        if security.trustProxy, let forwarded = headers.first(name: .xForwardedFor)?.split(separator: ",").first {
            let trimmed = forwarded.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty { return trimmed }
        }
        return remoteAddress?.ipAddress ?? "local"
    }
}

// MARK: - Body limits

/// How much of a request body a route accepts; collected (bounded) before any middleware reads it.
public enum BodyLimit {
    /// Page forms and JSON: 1 MiB.
    public static let form = 1 << 20
    /// PDF uploads: the attachment limit (20 MiB) plus 1 MiB for the multipart envelope and fields.
    public static let upload = (20 << 20) + (1 << 20)

    static let routeKey = "kechuang.bodyLimit"
}

extension Route {
    /// The largest body this route accepts, in bytes.
    public var bodyLimit: Int { userInfo[BodyLimit.routeKey] as? Int ?? BodyLimit.form }
}

/// Collects the request body before anything reads it, up to the route's limit (`Route.bodyLimit`),
/// and refuses a larger one with 413 naming the limit. Vapor streams bodies that do not arrive with
/// the request head; reading `request.content` before collecting sees nothing (the cause of forms
/// refused at random as "expired" and of every larger upload failing).
struct BodyLimitMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let limit = request.route?.bodyLimit ?? BodyLimit.form
        if let length = request.headers.first(name: .contentLength).flatMap(Int.init), length > limit {
            throw WebError.payloadTooLarge(limit: limit)
        }
        let collected: ByteBuffer?
        do {
            collected = try await request.body.collect(max: limit).get()
        } catch let abort as any AbortError where abort.status == .payloadTooLarge {
            throw WebError.payloadTooLarge(limit: limit)
        }
        if let collected, collected.readableBytes > limit { throw WebError.payloadTooLarge(limit: limit) }
        if TextInput.containsNUL(request, body: collected) { throw WebError.badRequest(TextInput.nulMessage) }
        return try await next.respond(to: request)
    }
}

/// No text the platform keeps may contain U+0000: PostgreSQL cannot store it at all (the fuzzer met
/// a 500 there with `q=…%00…`), and SQLite would keep a string no other tool reads back whole. So a
/// NUL in the path, the query or a form or JSON body is a 400 on both databases, before any handler
/// runs. Multipart bodies (PDF uploads) carry binary files and are not scanned.
enum TextInput {
    static let nulMessage = LocalizedText(zh: "请求中的文字含有空字符（NUL，U+0000），无法保存，请删除后重试",
                                          en: "The request's text contains the NUL character (U+0000), which cannot be stored; remove it and try again")

    static func containsNUL(_ request: Request, body: ByteBuffer?) -> Bool {
        if request.url.string.utf8.contains(0) || containsEncodedNUL(request.url.string.utf8) { return true }
        guard let body, let type = request.headers.contentType, type != .formData else { return false }
        let bytes = body.readableBytesView
        if bytes.contains(0) { return true }
        if type == .urlEncodedForm { return containsEncodedNUL(bytes) }
        if type == .json || type.subType.hasSuffix("+json") { return containsJSONEscapedNUL(bytes) }
        return false
    }

    /// `%00` in a URL or a form body.
    static func containsEncodedNUL<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        var it = bytes.makeIterator()
        var window: (UInt8, UInt8, UInt8) = (0xFF, 0xFF, 0xFF)
        while let b = it.next() {
            window = (window.1, window.2, b)
            if window.0 == UInt8(ascii: "%") && window.1 == UInt8(ascii: "0") && window.2 == UInt8(ascii: "0") { return true }
        }
        return false
    }

    /// `\u0000` in JSON text, where the backslash is an escape (not itself escaped).
    static func containsJSONEscapedNUL<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        let array = Array(bytes)
        var i = 0
        while i < array.count {
            if array[i] == UInt8(ascii: "\\") {
                if i + 5 < array.count, array[i + 1] == UInt8(ascii: "u"),
                   array[(i + 2)...(i + 5)].allSatisfy({ $0 == UInt8(ascii: "0") }) { return true }
                i += 2 // skip the escaped character, so `\\u0000` (an escaped backslash) is plain text
                continue
            }
            i += 1
        }
        return false
    }
}

// MARK: - Headers

/// `nosniff` on every response; `Cache-Control: no-store` on the API and the OpenAPI document
/// (pages set it themselves); `Strict-Transport-Security` when configured.
struct SecurityHeadersMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        if request.isAPI || request.url.path == "/openapi.json" {
            response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        }
        if let maxAge = request.security.hstsMaxAge {
            response.headers.replaceOrAdd(name: "Strict-Transport-Security", value: "max-age=\(maxAge)")
        }
        return response
    }
}

// MARK: - API rate limits

/// Token buckets in memory, per node: `capacity` requests at once, refilled at `capacity` per minute.
/// A client's requests spread over several nodes count on each node separately (documented).
final class RateLimiter: @unchecked Sendable {
    private struct Bucket {
        var tokens: Double
        var updated: Date
    }

    private let lock = NSLock()
    private var buckets: [String: Bucket] = [:]
    static let maxKeys = 50_000

    /// Takes one request from `key`'s bucket; nil when allowed, else the seconds until one is available.
    func take(_ key: String, perMinute capacity: Int, now: Date) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        let rate = Double(capacity) / 60
        var bucket = buckets[key] ?? Bucket(tokens: Double(capacity), updated: now)
        let elapsed = max(0, now.timeIntervalSince(bucket.updated))
        bucket.tokens = min(Double(capacity), bucket.tokens + elapsed * rate)
        bucket.updated = now
        if bucket.tokens >= 1 {
            bucket.tokens -= 1
            store(key, bucket, now: now)
            return nil
        }
        store(key, bucket, now: now)
        return max(1, Int(((1 - bucket.tokens) / rate).rounded(.up)))
    }

    private func store(_ key: String, _ bucket: Bucket, now: Date) {
        buckets[key] = bucket
        if buckets.count > Self.maxKeys {
            // Buckets idle for a minute are full again: forgetting them changes nothing.
            buckets = buckets.filter { now.timeIntervalSince($0.value.updated) < 60 }
        }
    }
}

/// Per-token and per-address limits on `/api/`, answered with 429, `Retry-After` and a problem.
/// Runs before authentication, so a flood costs no database work; the token is keyed by its digest.
struct APIRateLimitMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.isAPI else { return try await next.respond(to: request) }
        let settings = request.security
        let limiter = request.application.rateLimiter
        let now = request.services.now()
        if let perAddress = settings.apiRequestsPerMinutePerAddress,
           let wait = limiter.take("address:" + request.clientAddress, perMinute: perAddress, now: now) {
            Counter(label: "kechuang_api_rate_limited_total", dimensions: [("key", "address")]).increment()
            throw WebError.tooManyRequests(retryAfter: wait, message: RateLimitText.api(perMinute: perAddress, per: .address))
        }
        if let perToken = settings.apiRequestsPerMinutePerToken, let bearer = request.headers.bearerAuthorization {
            let digest = SHA256.hash(data: Data(bearer.token.utf8)).map { String(format: "%02x", $0) }.joined()
            if let wait = limiter.take("token:" + digest, perMinute: perToken, now: now) {
                Counter(label: "kechuang_api_rate_limited_total", dimensions: [("key", "token")]).increment()
                throw WebError.tooManyRequests(retryAfter: wait, message: RateLimitText.api(perMinute: perToken, per: .token))
            }
        }
        return try await next.respond(to: request)
    }
}

enum RateLimitText {
    enum Key { case token, address }

    static func api(perMinute: Int, per key: Key) -> LocalizedText {
        switch key {
        case .token:
            LocalizedText(zh: "该访问令牌的请求过于频繁（每分钟最多 \(perMinute) 次），请按 Retry-After 所示秒数后再试。",
                          en: "Too many requests with this token (at most \(perMinute) a minute). Try again after the seconds given in Retry-After.")
        case .address:
            LocalizedText(zh: "来自您所在地址的请求过于频繁（每分钟最多 \(perMinute) 次），请按 Retry-After 所示秒数后再试。",
                          en: "Too many requests from your address (at most \(perMinute) a minute). Try again after the seconds given in Retry-After.")
        }
    }

    static func bodyLimit(_ limit: Int) -> LocalizedText {
        let mib = Double(limit) / Double(1 << 20)
        let text = mib >= 1 ? (mib == mib.rounded() ? "\(Int(mib)) MB" : String(format: "%.1f MB", mib)) : "\(limit / 1024) KB"
        return LocalizedText(zh: "提交的内容超过了 \(text) 的上限。请缩小文件或减少内容后再提交。",
                             en: "What you sent is larger than the limit of \(text). Please make the file or the text smaller and send it again.")
    }
}
