import Vapor

/// Vapor gives every request an id (the caller's `X-Request-Id` when sent) and puts it in every log
/// line as `request-id`. This echoes it in the response and writes one access-log line per request.
struct RequestIDMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next.respond(to: request)
        response.headers.replaceOrAdd(name: .xRequestId, value: request.id)
        let elapsed = ContinuousClock.now - start
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        request.logger.info("request", metadata: [
            "method": .string(request.method.rawValue), "path": .string(request.url.path),
            "status": .stringConvertible(response.status.code), "ms": .string(String(format: "%.1f", ms)),
        ])
        return response
    }
}

extension Request {
    var requestID: String { id }
}
