import Foundation
import PortraitCore

/// What a request gave: the final status, its headers (names in lower case) and the body, which went to
/// the destination file when one was given, else is kept here.
public struct FetchResult: Sendable {
    public var status: Int
    public var headers: [String: String]
    public var bodyBytes: Int
    public var body: [UInt8]
}

/// One GET, made safe for the register: HTTPS only (plain HTTP to this machine only, for the tests),
/// each redirection counted and its address checked before it is followed, a silence timeout, the
/// update's overall deadline, a size limit checked before and while reading (the transfer stops at the
/// first byte past it, so memory stays bounded whatever the server sends), a body shorter than its
/// `Content-Length` refused, no cache. The caller blocks, without using the processor, until the
/// request ends (`CurlRequest`, libcurl's easy interface).
public enum HTTPFetcher {
    /// Fetches `url` with the extra request `headers`; a 200 body goes to the file at `destination`
    /// (which must exist) when given, else into the result. `progress` follows the body.
    public static func fetch(_ url: URL, headers: [String: String] = [:], to destination: String? = nil,
                             limits: FetchLimits, progress: LoadProgress? = nil) throws -> FetchResult {
        try AddressPolicy.check(url, kind: .unavailable)
        var current = url
        var redirects = 0
        while true {
            try limits.checkDeadline(current)
            let answer = try CurlRequest(url: current, headers: headers, destination: destination, limits: limits,
                                         progress: progress).perform()
            guard (300..<400).contains(answer.status), answer.status != 304, let location = answer.headers["location"] else {
                return answer
            }
            redirects += 1
            guard redirects <= limits.redirects else {
                throw PortraitError(.unavailable, .tooManyRedirects, ["count": String(limits.redirects), "url": url.absoluteString])
            }
            guard let next = URL(string: location, relativeTo: current)?.absoluteURL else {
                throw PortraitError(.unavailable, .insecureAddress, ["url": location])
            }
            try AddressPolicy.check(next, kind: .unavailable)
            current = next
        }
    }

    static func seconds(_ value: TimeInterval) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}
