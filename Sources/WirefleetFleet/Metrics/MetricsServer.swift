import Foundation
public import Logging

/// A minimal HTTP/1.1 server for `/metrics`, `/healthz` and `/readyz`: one thread
/// accepts, and each connection is served on its own (up to ``maxConnections`` at
/// once, blocking sockets, one short request per connection, 2 s to send it), so an
/// idle or slow client never holds up a probe.
public final class MetricsServer: Sendable {
    /// Connections served at once; the next waits to be accepted.
    public static let maxConnections = 32

    private let fd: Int32
    public let port: Int

    /// Binds `0.0.0.0:port` (0 picks a free port) and starts serving.
    public init(port: Int, metrics: FleetMetrics, logger: Logger) throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw MetricsServerError(message: "socket() failed: errno \(errno)") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = in_port_t(UInt16(port).bigEndian)
        addr.sin_addr.s_addr = INADDR_ANY
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) == 0 && getsockname(fd, $0, &len) == 0 }
        }
        guard bound, listen(fd, 16) == 0 else {
            close(fd)
            throw MetricsServerError(message: "cannot listen on port \(port): \(String(cString: strerror(errno)))")
        }
        self.fd = fd
        self.port = Int(UInt16(bigEndian: addr.sin_port))
        let thread = Thread {
            let slots = DispatchSemaphore(value: Self.maxConnections)
            while true {
                slots.wait()
                let client = accept(fd, nil, nil)
                if client < 0 {
                    slots.signal()
                    if errno == EINTR { continue } else { break }
                }
                // A thread per connection (not a Dispatch queue, whose few threads would
                // all be blocked in reads by idle clients).
                let worker = Thread {
                    defer { slots.signal() }
                    Self.serve(client, metrics: metrics)
                }
                worker.name = "wirefleet.metrics.connection"
                worker.start()
            }
        }
        thread.name = "wirefleet.metrics"
        thread.start()
        logger.info("metrics on :\(self.port) (/metrics, /healthz, /readyz)")
    }

    /// Stops accepting connections.
    public func shutdown() {
        Foundation.shutdown(fd, Int32(SHUT_RDWR))
        close(fd)
    }

    private static func serve(_ client: Int32, metrics: FleetMetrics) {
        defer { close(client) }
        var tv = timeval(tv_sec: 2, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(client, SOL_SOCKET, SO_SNDTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        var buf = [UInt8](repeating: 0, count: 2048)
        let n = read(client, &buf, buf.count)
        guard n > 0 else { return }
        let line = String(decoding: buf[0..<n].prefix { $0 != 13 && $0 != 10 }, as: UTF8.self)
        let parts = line.split(separator: " ")
        let path = parts.count > 1 ? String(parts[1]) : "/"
        let (status, body): (String, String)
        switch path.split(separator: "?").first.map(String.init) ?? path {
        case "/metrics": (status, body) = ("200 OK", metrics.render())
        case "/healthz": (status, body) = ("200 OK", "ok\n")
        case "/readyz": (status, body) = metrics.isReady ? ("200 OK", "ready\n") : ("503 Service Unavailable", "not ready\n")
        default: (status, body) = ("404 Not Found", "not found\n")
        }
        let payload = Array(body.utf8)
        let head = "HTTP/1.1 \(status)\r\nContent-Type: text/plain; version=0.0.4; charset=utf-8\r\nContent-Length: \(payload.count)\r\nConnection: close\r\n\r\n"
        let all = Array(head.utf8) + payload
        var sent = 0
        while sent < all.count {
            let w = all[sent...].withUnsafeBytes { write(client, $0.baseAddress, $0.count) }
            if w <= 0 { break }
            sent += w
        }
    }
}

/// The metrics server could not start.
public struct MetricsServerError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
