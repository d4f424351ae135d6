import CCurl
import Foundation
import PortraitCore

/// One HTTP GET through libcurl's easy interface, no redirection followed (`HTTPFetcher` checks and
/// follows them). libcurl waits in `poll`, so a silent server costs no processor time; its callbacks
/// write each piece of a 200 body straight to the destination file (or to memory, up to the limit) and
/// stop the transfer at once when the body passes `maxBytes`, the server has been silent for `timeout`,
/// or the update's deadline has passed: nothing more is read, nothing queues up.
final class CurlRequest {
    let url: URL
    let headers: [String: String]
    let destination: String?
    let limits: FetchLimits
    let progress: LoadProgress?

    private var failure: PortraitError?
    private var status = 0
    private var responseHeaders: [String: String] = [:]
    private var headerBytes = 0
    private var received = 0
    private var expected: Int64 = -1
    private var body: [UInt8] = []
    private var fd: Int32 = -1
    private var started = false
    /// Set when the transfer was stopped because its status is not 200: the caller reads the status.
    private var stoppedOnStatus = false
    private var lastActivity = CurlRequest.monotonicNow()
    private var lastBytes: Int64 = 0

    /// The most header bytes accepted from one answer.
    static let maxHeaderBytes = 256 * 1024

    private static let initialised: Bool = curl_global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK

    init(url: URL, headers: [String: String], destination: String?, limits: FetchLimits, progress: LoadProgress?) {
        (self.url, self.headers, self.destination, self.limits, self.progress) = (url, headers, destination, limits, progress)
    }

    func perform() throws -> FetchResult {
        guard Self.initialised, let handle = curl_easy_init() else {
            throw PortraitError(.unavailable, .cannotReach, ["url": url.absoluteString, "cause": "libcurl"])
        }
        defer { curl_easy_cleanup(handle) }
        var list: UnsafeMutablePointer<curl_slist>?
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { list = curl_slist_append(list, "\(name): \(value)") }
        defer { curl_slist_free_all(list) }
        let context = Unmanaged.passUnretained(self).toOpaque()
        _ = portrait_curl_set_string(handle, CURLOPT_URL, url.absoluteString)
        _ = portrait_curl_set_string(handle, CURLOPT_PROTOCOLS_STR, "http,https")
        _ = portrait_curl_set_string(handle, CURLOPT_USERAGENT, "portrait/\(PortraitVersion.current) (portrait update)")
        _ = portrait_curl_set_string(handle, CURLOPT_ACCEPT_ENCODING, "")
        // This machine is reached directly, whatever proxy the environment names.
        if AddressPolicy.isLoopback(url.host ?? "") { _ = portrait_curl_set_string(handle, CURLOPT_PROXY, "") }
        _ = portrait_curl_set_long(handle, CURLOPT_NOSIGNAL, 1)
        _ = portrait_curl_set_long(handle, CURLOPT_FOLLOWLOCATION, 0)
        _ = portrait_curl_set_long(handle, CURLOPT_CONNECTTIMEOUT_MS, max(1, Int(limits.timeout * 1000)))
        _ = portrait_curl_set_long(handle, CURLOPT_NOPROGRESS, 0)
        _ = portrait_curl_set_headers(handle, list)
        _ = portrait_curl_set_pointer(handle, CURLOPT_WRITEDATA, context)
        _ = portrait_curl_set_pointer(handle, CURLOPT_HEADERDATA, context)
        _ = portrait_curl_set_pointer(handle, CURLOPT_XFERINFODATA, context)
        _ = portrait_curl_set_write(handle) { data, size, count, context in
            guard let data, let context else { return 0 }
            return Unmanaged<CurlRequest>.fromOpaque(context).takeUnretainedValue().receive(UnsafeRawBufferPointer(start: data, count: size * count))
        }
        _ = portrait_curl_set_header_callback(handle) { data, size, count, context in
            guard let data, let context else { return 0 }
            return Unmanaged<CurlRequest>.fromOpaque(context).takeUnretainedValue().header(UnsafeRawBufferPointer(start: data, count: size * count))
        }
        _ = portrait_curl_set_progress(handle) { context, _, now, _, _ in
            guard let context else { return 1 }
            return Unmanaged<CurlRequest>.fromOpaque(context).takeUnretainedValue().tick(bytes: Int64(now))
        }
        let code = curl_easy_perform(handle)
        if status == 0 { status = portrait_curl_response_code(handle) }
        return try finish(code, handle: handle)
    }

    private func finish(_ code: CURLcode, handle: UnsafeMutableRawPointer) throws -> FetchResult {
        if fd >= 0 {
            if failure == nil, code == CURLE_OK, fsync(fd) != 0 { failure = PortraitError.system(.cannotCreate, file: destination, errno: errno) }
            close(fd)
            fd = -1
        }
        if let failure { throw failure }
        switch code {
        case CURLE_OK:
            break
        case CURLE_WRITE_ERROR where stoppedOnStatus:
            break
        case CURLE_OPERATION_TIMEDOUT:
            throw timedOut()
        case _ where status == 200:
            throw PortraitError(.badData, .downloadTruncated, ["got": String(received), "expected": expected > 0 ? String(expected) : "?"])
        default:
            throw PortraitError(.unavailable, .cannotReach, ["url": url.absoluteString, "cause": String(cString: curl_easy_strerror(code))])
        }
        return FetchResult(status: status, headers: responseHeaders, bodyBytes: received, body: body)
    }

    private func timedOut() -> PortraitError {
        PortraitError(.unavailable, .timedOut, ["url": url.absoluteString, "seconds": HTTPFetcher.seconds(limits.timeout)])
    }

    /// One header line; a status line starts a new answer (after a 100 Continue, say).
    private func header(_ line: UnsafeRawBufferPointer) -> Int {
        lastActivity = Self.monotonicNow()
        headerBytes += line.count
        guard headerBytes <= Self.maxHeaderBytes else {
            failure = PortraitError(.unavailable, .cannotReach, ["url": url.absoluteString, "cause": "headers larger than 256 KiB"])
            return 0
        }
        let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasPrefix("HTTP/") {
            responseHeaders = [:]
            status = text.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        } else if let colon = text.firstIndex(of: ":") {
            let name = text[..<colon].lowercased()
            responseHeaders[name] = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return line.count
    }

    /// One piece of the body: kept (file or memory) while under the limit; returning less than its size
    /// stops the transfer.
    private func receive(_ data: UnsafeRawBufferPointer) -> Int {
        lastActivity = Self.monotonicNow()
        guard failure == nil else { return 0 }
        guard status == 200 else {
            stoppedOnStatus = true
            return 0
        }
        if !started {
            started = true
            expected = responseHeaders["content-length"].flatMap { Int64($0) } ?? -1
            if expected > Int64(limits.maxBytes) { return tooLarge() }
            if let destination {
                fd = open(destination, O_WRONLY | O_TRUNC | O_CLOEXEC)
                guard fd >= 0 else {
                    failure = PortraitError.system(.cannotCreate, file: destination, errno: errno)
                    return 0
                }
            }
            if expected > 0 { progress?.expect(Int(expected)) }
        }
        received += data.count
        if received > limits.maxBytes { return tooLarge() }
        if fd >= 0 {
            var offset = 0
            while offset < data.count {
                let written = write(fd, data.baseAddress! + offset, data.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = PortraitError.system(.cannotCreate, file: destination, errno: errno)
                    return 0
                }
                offset += written
            }
        } else {
            body.append(contentsOf: data)
        }
        progress?.set(done: received)
        return data.count
    }

    private func tooLarge() -> Int {
        failure = PortraitError(.badData, .downloadTooLarge, ["size": String(limits.maxBytes / 1_000_000)])
        return 0
    }

    /// Called by libcurl while it waits (about once a second when nothing comes): stops a silent
    /// server and a transfer that runs past the deadline.
    private func tick(bytes: Int64) -> Int32 {
        let now = Self.monotonicNow()
        if bytes != lastBytes {
            lastBytes = bytes
            lastActivity = now
        }
        if Double(now - lastActivity) / 1e9 > limits.timeout {
            failure = failure ?? timedOut()
            return 1
        }
        if Date() >= limits.deadline {
            failure = failure ?? limits.deadlineError(url)
            return 1
        }
        return 0
    }

    private static func monotonicNow() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
}
