import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import PortraitCore

/// How long and how far one request may go.
public struct FetchLimits: Sendable {
    /// Seconds the server may stay silent (before answering or between two pieces of the body).
    public var timeout: TimeInterval = 30
    /// Redirections followed at most.
    public var redirects = 5
    /// The largest body accepted, in bytes.
    public var maxBytes = 200_000_000

    public init(timeout: TimeInterval = 30, redirects: Int = 5, maxBytes: Int = 200_000_000) {
        self.timeout = timeout
        self.redirects = redirects
        self.maxBytes = maxBytes
    }
}

/// What a request gave: the final status, its headers (names in lower case) and the body, which went to
/// the destination file when one was given, else is kept here.
public struct FetchResult: Sendable {
    public var status: Int
    public var headers: [String: String]
    public var bodyBytes: Int
    public var body: [UInt8]
}

/// One GET over Foundation's `URLSession` (libcurl underneath on Linux), made safe for the register:
/// HTTPS only (plain HTTP to this machine only, for the tests), redirects counted and checked, a silence
/// timeout, a size limit checked before and while reading, a body shorter than its `Content-Length`
/// refused, no cache. The caller blocks until the request ends.
public enum HTTPFetcher {
    /// Fetches `url` with the extra request `headers`; a 200 body goes to the file at `destination`
    /// (which must exist) when given, else into the result. `progress` follows the body.
    public static func fetch(_ url: URL, headers: [String: String] = [:], to destination: String? = nil,
                             limits: FetchLimits, progress: LoadProgress? = nil) throws -> FetchResult {
        try AddressPolicy.check(url, kind: .unavailable)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.timeoutIntervalForRequest = limits.timeout
        configuration.httpCookieStorage = nil
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: limits.timeout)
        request.setValue("portrait (portrait update)", forHTTPHeaderField: "User-Agent")
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let transfer = Transfer(url: url, destination: destination, limits: limits, progress: progress)
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = 1
        let session = URLSession(configuration: configuration, delegate: transfer, delegateQueue: queue)
        defer { session.invalidateAndCancel() }
        let task = session.dataTask(with: request)
        task.resume()
        while transfer.finished.wait(timeout: .now() + 0.1) == .timedOut {
            if transfer.silentFor > limits.timeout {
                transfer.fail(PortraitError(.unavailable, .timedOut, ["url": url.absoluteString, "seconds": Self.seconds(limits.timeout)]))
                task.cancel()
                _ = transfer.finished.wait(timeout: .now() + 5)
                break
            }
        }
        return try transfer.result()
    }

    static func seconds(_ value: TimeInterval) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}

/// The state of one request, filled by URLSession's delegate calls on its queue and read by the caller.
private final class Transfer: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    let url: URL
    let destination: String?
    let limits: FetchLimits
    let progress: LoadProgress?
    let finished = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var failure: PortraitError?
    private var status = 0
    private var headers: [String: String] = [:]
    private var expected: Int64 = -1
    private var received = 0
    private var body: [UInt8] = []
    private var file: FileHandle?
    private var redirects = 0
    private var lastActivity = Date()
    private var done = false

    init(url: URL, destination: String?, limits: FetchLimits, progress: LoadProgress?) {
        (self.url, self.destination, self.limits, self.progress) = (url, destination, limits, progress)
    }

    /// Seconds since the server last sent anything.
    var silentFor: TimeInterval { lock.withLock { Date().timeIntervalSince(lastActivity) } }

    /// Records the first failure (later ones are consequences of it).
    func fail(_ error: PortraitError) {
        lock.withLock { if failure == nil { failure = error } }
    }

    func result() throws -> FetchResult {
        try lock.withLock {
            if let file {
                if failure == nil, (try? file.synchronize()) == nil {
                    failure = PortraitError.system(.cannotCreate, file: destination, errno: errno)
                }
                try? file.close()
            }
            file = nil
            if let failure { throw failure }
            guard done else {
                throw PortraitError(.unavailable, .timedOut, ["url": url.absoluteString, "seconds": HTTPFetcher.seconds(limits.timeout)])
            }
            return FetchResult(status: status, headers: headers, bodyBytes: received, body: body)
        }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        let proceed: Bool = lock.withLock {
            lastActivity = Date()
            guard failure == nil, let http = response as? HTTPURLResponse else { return false }
            status = http.statusCode
            for (name, value) in http.allHeaderFields {
                if let name = name as? String, let value = value as? String { headers[name.lowercased()] = value }
            }
            expected = http.expectedContentLength
            guard status == 200 else { return false }  // the caller reads the status; an error page is not needed
            if expected > Int64(limits.maxBytes) {
                failure = PortraitError(.badData, .downloadTooLarge, ["size": String(limits.maxBytes / 1_000_000)])
                return false
            }
            if let destination {
                guard let handle = FileHandle(forWritingAtPath: destination) else {
                    failure = PortraitError.system(.cannotCreate, file: destination, errno: errno)
                    return false
                }
                file = handle
            }
            if expected > 0 { progress?.expect(Int(expected)) }
            return true
        }
        completionHandler(proceed ? .allow : .cancel)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let keep: Bool = lock.withLock {
            lastActivity = Date()
            guard failure == nil else { return false }
            received += data.count
            if received > limits.maxBytes {
                failure = PortraitError(.badData, .downloadTooLarge, ["size": String(limits.maxBytes / 1_000_000)])
                return false
            }
            if let file {
                do { try file.write(contentsOf: data) } catch {
                    failure = PortraitError(.cannotCreate, file: destination, .systemError,
                                            ["cause": (error as NSError).localizedDescription])
                    return false
                }
            } else {
                body.append(contentsOf: data)
            }
            progress?.set(done: received)
            return true
        }
        if !keep { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        let follow: Bool = lock.withLock {
            lastActivity = Date()
            redirects += 1
            if redirects > limits.redirects {
                failure = PortraitError(.unavailable, .tooManyRedirects, ["count": String(limits.redirects), "url": url.absoluteString])
                return false
            }
            if let next = request.url, !AddressPolicy.allows(next) {
                failure = PortraitError(.unavailable, .insecureAddress, ["url": next.absoluteString])
                return false
            }
            return true
        }
        if follow { completionHandler(request) } else {
            completionHandler(nil)
            task.cancel()
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        lock.withLock {
            if failure == nil {
                let identity = (headers["content-encoding"] ?? "identity").lowercased() == "identity"
                let timedOut = (error as? URLError)?.code == .timedOut
                if status == 200, !timedOut, error != nil || (identity && expected > 0 && Int64(received) < expected) {
                    failure = PortraitError(.badData, .downloadTruncated,
                                            ["got": String(received), "expected": expected > 0 ? String(expected) : "?"])
                } else if status != 0 && status != 200 {
                    // Cancelled on purpose once the status was known: the caller reads it.
                } else if let error {
                    failure = Self.failure(for: error, url: url, limits: limits)
                }
            }
            done = true
        }
        finished.signal()
    }

    private static func failure(for error: Error, url: URL, limits: FetchLimits) -> PortraitError {
        let code = (error as? URLError)?.code
        if code == .timedOut {
            return PortraitError(.unavailable, .timedOut, ["url": url.absoluteString, "seconds": HTTPFetcher.seconds(limits.timeout)])
        }
        if code == .httpTooManyRedirects {
            return PortraitError(.unavailable, .tooManyRedirects, ["count": String(limits.redirects), "url": url.absoluteString])
        }
        return PortraitError(.unavailable, .cannotReach, ["url": url.absoluteString, "cause": (error as NSError).localizedDescription])
    }
}
