import Foundation
import Logging
import Prometheus
import Testing
import WirefleetFleet

/// The metrics endpoint answers probes even while other clients hold idle connections.
@Suite struct MetricsServerTests {
    /// Opens a TCP connection to 127.0.0.1:port and returns its descriptor.
    func connectTo(_ port: Int) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = in_port_t(UInt16(port).bigEndian)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        let ok = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
        #expect(ok, "cannot connect to the metrics server")
        return fd
    }

    /// Sends one GET and returns the whole answer.
    func get(_ path: String, port: Int) throws -> String {
        let fd = try connectTo(port)
        defer { close(fd) }
        let request = Array("GET \(path) HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        return readToEnd(fd)
    }

    /// Everything the server sends until it closes the connection.
    func readToEnd(_ fd: Int32) -> String {
        var out: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = read(fd, &buf, buf.count)
            if n <= 0 { break }
            out += buf[0..<n]
        }
        return String(decoding: out, as: UTF8.self)
    }

    @Test func healthzAnswersWhileThreeClientsHoldIdleConnections() throws {
        let metrics = FleetMetrics(stage: "test")
        metrics.setReady(true)
        let server = try MetricsServer(port: 0, metrics: metrics, logger: Logger(label: "metrics-test"))
        defer { server.shutdown() }
        // Three clients connect and send nothing (each would hold a serial server for its
        // 2 s read timeout).
        let idle = try (0..<3).map { _ in try connectTo(server.port) }
        defer { for fd in idle { close(fd) } }
        let started = ContinuousClock.now
        let health = try get("/healthz", port: server.port)
        let ready = try get("/readyz", port: server.port)
        let took = ContinuousClock.now - started
        #expect(health.hasPrefix("HTTP/1.1 200"))
        #expect(ready.hasPrefix("HTTP/1.1 200"))
        // Served alongside the idle connections, not after their read timeouts (3 × 2 s
        // = 6 s before); the margin is for a loaded machine.
        #expect(took < .seconds(4.5), "probes took \(took) with three idle connections open")
        let body = try get("/metrics", port: server.port)
        #expect(body.contains("wirefleet_ready{stage=\"test\"} 1"))
    }

    @Test func swiftMetricsInstrumentationIsServedBesideTheFleetsOwn() throws {
        let metrics = FleetMetrics(stage: "test")
        // What `MetricsSystem.bootstrap` installs in a fleet process, used directly here
        // (bootstrap is once per process).
        let factory = PrometheusMetricsFactory(registry: metrics.registry)
        factory.makeCounter(label: "user_lookups_total", dimensions: [("source", "test")]).increment(by: 3)
        metrics.consumed(2)
        metrics.setLag([(topic: "articles.raw", partition: 4, lag: 17)])
        let server = try MetricsServer(port: 0, metrics: metrics, logger: Logger(label: "metrics-test"))
        defer { server.shutdown() }
        let body = try get("/metrics", port: server.port)
        #expect(body.contains("user_lookups_total{source=\"test\"} 3"))
        #expect(body.contains("wirefleet_consumed_total{stage=\"test\"} 2"))
        #expect(body.contains("wirefleet_consumer_lag{stage=\"test\",topic=\"articles.raw\",partition=\"4\"} 17"))
        metrics.setLag([])
        #expect(!(try get("/metrics", port: server.port)).contains("wirefleet_consumer_lag{"))
    }

    @Test func aKeepAliveConnectionServesRequestAfterRequest() throws {
        let metrics = FleetMetrics(stage: "test")
        let server = try MetricsServer(port: 0, metrics: metrics, logger: Logger(label: "metrics-test"))
        defer { server.shutdown() }
        let fd = try connectTo(server.port)
        defer { close(fd) }
        // Two requests in one write, the second asking to close: two answers, then EOF.
        let requests = Array("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nGET /readyz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".utf8)
        _ = requests.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        let text = readToEnd(fd)
        #expect(text.hasPrefix("HTTP/1.1 200 OK"))
        #expect(text.contains("ok\n"))
        #expect(text.contains("HTTP/1.1 503 Service Unavailable"))   // not ready: no partitions yet
        #expect(text.components(separatedBy: "HTTP/1.1 ").count == 3)
    }
}
