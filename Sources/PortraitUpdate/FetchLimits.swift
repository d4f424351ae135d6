import Foundation
import PortraitCore

/// How long and how far one request may go.
public struct FetchLimits: Sendable {
    /// Seconds the server may stay silent (before answering or between two pieces of the body).
    public var timeout: TimeInterval = 30
    /// Redirections followed at most.
    public var redirects = 5
    /// The largest body accepted, in bytes.
    public var maxBytes = 200_000_000
    /// When the whole update must have ended (`--deadline`): a request still running then is stopped.
    public var deadline = Date.distantFuture
    /// The `--deadline` in seconds, for the message that says it was reached.
    public var deadlineSeconds: TimeInterval = 0

    public init(timeout: TimeInterval = 30, redirects: Int = 5, maxBytes: Int = 200_000_000) {
        self.timeout = timeout
        self.redirects = redirects
        self.maxBytes = maxBytes
    }

    /// The limits with an overall deadline `seconds` from now.
    public func ending(after seconds: TimeInterval) -> FetchLimits {
        var limited = self
        limited.deadline = Date().addingTimeInterval(seconds)
        limited.deadlineSeconds = seconds
        return limited
    }

    /// Throws the deadline's one line once it has passed.
    public func checkDeadline(_ url: URL) throws {
        if Date() >= deadline { throw deadlineError(url) }
    }

    func deadlineError(_ url: URL) -> PortraitError {
        PortraitError(.unavailable, .deadlinePassed, ["url": url.absoluteString, "seconds": HTTPFetcher.seconds(deadlineSeconds)])
    }
}
